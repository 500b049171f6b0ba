using System.Text.RegularExpressions;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// The last guard before a register reaches the public: natural persons' names are (re-)masked even if a stored row
/// escaped masking, and anything shaped like a 居民身份证号码 (15 or 18 characters) is blanked out
/// (条例 第十五条; 《个人信息保护法》).
/// </summary>
public static partial class PublicRegisterText
{
    /// <summary>The party's name as the public may see it.</summary>
    public static string Subject(string storedName, bool isNaturalPerson) =>
        WithoutIdNumbers(new DecisionSubject(storedName, isNaturalPerson).PublicName);

    /// <summary>Replaces every ID-number-shaped run of digits with asterisks.</summary>
    public static string WithoutIdNumbers(string text) => IdNumber().Replace(text, m => new string('*', m.Length));

    [GeneratedRegex(@"(?<![0-9])([0-9]{17}[0-9Xx]|[0-9]{15})(?![0-9Xx])")]
    private static partial Regex IdNumber();
}
