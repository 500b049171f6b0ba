using Microsoft.EntityFrameworkCore.Metadata.Builders;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// The columns held sealed: an applicant's ID number and contacts. Names stay clear (staff search and letters need
/// them, and the audit trail masks them); a 统一社会信用代码 is public by law. No query may compare these columns:
/// every seal has a fresh nonce, so equality in SQL would never match — duplicates go by <see cref="ApplicantKeys"/>.
/// </summary>
internal static class PersonalDataColumns
{
    /// <summary>Column names as sealed into each value's tag, with their longest plaintext.</summary>
    public static readonly IReadOnlyList<(string Name, int MaxChars)> Sealed =
    [
        (nameof(ApplicationRow.IdNumber), 30),
        (nameof(ApplicationRow.LegalRepresentative), ApplicationFormCheck.MaxNameLength),
        (nameof(ApplicationRow.ContactName), ApplicationFormCheck.MaxNameLength),
        (nameof(ApplicationRow.Phone), 30),
        (nameof(ApplicationRow.Email), 254),
        (nameof(ApplicationRow.Address), ApplicationFormCheck.MaxAddressLength),
    ];

    /// <summary>The name bound into a column's ciphertext.</summary>
    public static string Field(string column) => "applications." + column;

    /// <summary>Maps the sealed columns of <paramref name="builder"/> through <paramref name="cipher"/>.</summary>
    public static void Apply(EntityTypeBuilder<ApplicationRow> builder, PersonalDataCipher? cipher)
    {
        foreach (var (name, maxChars) in Sealed)
        {
            builder.Property<string>(name).HasConversion(new SealedStringConverter(cipher, Field(name))).HasMaxLength(SealedLength(maxChars));
        }
    }

    // "ogi1:SM4:" + a key id of up to 32 + ":" + base64 of nonce (12) + UTF-8 (at most 3 bytes a UTF-16 unit) + tag (16).
    private static int SealedLength(int maxChars) => 9 + 32 + 1 + (4 * ((12 + (3 * maxChars) + 16 + 2) / 3));
}
