using OpenGovInfo.Domain.Privacy;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// The last guard before a register reaches the public: every text field goes through
/// <see cref="PersonalDataMask"/> (ID, mobile and landline numbers, also full-width or spaced), and natural persons'
/// names are (re-)masked even if a stored row escaped masking (条例 第十五条; 《个人信息保护法》).
/// </summary>
public static class PublicRegisterText
{
    /// <summary>The party's name as the public may see it.</summary>
    public static string Subject(string storedName, bool isNaturalPerson) =>
        PersonalDataMask.Mask(new DecisionSubject(storedName, isNaturalPerson).PublicName);

    /// <summary>Any other public field (标题, 文号, 决定书文号, 收费项目): personal numbers masked.</summary>
    public static string Field(string text) => PersonalDataMask.Mask(text);
}
