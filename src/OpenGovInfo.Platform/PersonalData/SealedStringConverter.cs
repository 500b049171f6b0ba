using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// Seals a personal-data column on its way to the database and opens it on its way back, so that entities, the
/// change tracker and the audit trail (which masks) only ever see plaintext, and the database only ciphertext.
/// Without a cipher (a context built for schema work only) any read or write of the column fails loudly: personal
/// data is never written in clear by accident.
/// </summary>
internal sealed class SealedStringConverter(PersonalDataCipher? cipher, string field)
    : ValueConverter<string, string>(v => Seal(cipher, field, v), v => Open(cipher, field, v))
{
    private static string Seal(PersonalDataCipher? cipher, string field, string value) =>
        (cipher ?? throw Missing(field)).Seal(field, value);

    private static string Open(PersonalDataCipher? cipher, string field, string value) =>
        (cipher ?? throw Missing(field)).Open(field, value);

    private static InvalidOperationException Missing(string field) =>
        new($"此数据库上下文未配置个人信息密钥，不能读写 {field}（请通过 AddPlatform 注册的上下文访问）。");
}
