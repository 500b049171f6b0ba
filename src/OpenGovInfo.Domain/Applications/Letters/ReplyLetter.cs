namespace OpenGovInfo.Domain.Applications.Letters;

/// <summary>
/// A reply to an application (政府信息公开申请答复书, 条例 第三十六条) as text to be printed: title, number, addressee,
/// paragraphs, the applicant's remedies, signature and date. Renderers turn it into DOCX and PDF.
/// </summary>
/// <param name="Title">The letter's title.</param>
/// <param name="LetterNumber">文号, e.g. 平桥财依申复〔2026〕3号.</param>
/// <param name="Addressee">The applicant's name followed by “：”.</param>
/// <param name="Paragraphs">The body, paragraph by paragraph, remedies last.</param>
/// <param name="Signature">The agency's name.</param>
/// <param name="Date">The date of the letter.</param>
public sealed record ReplyLetter(string Title, string LetterNumber, string Addressee, IReadOnlyList<string> Paragraphs, string Signature, DateOnly Date)
{
    /// <summary>Longest body accepted from the officer.</summary>
    public const int MaxBodyLength = 8000;

    /// <summary>The date in the Chinese letter style, e.g. 2026年12月3日.</summary>
    public string DateText => ChineseDate(Date);

    /// <summary>A date as 2026年12月3日.</summary>
    public static string ChineseDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";
}
