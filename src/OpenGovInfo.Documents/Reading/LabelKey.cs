using System.Text;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The comparable form of printed text: <see cref="LabelText.Normalize"/> plus the reader's own folds — an
/// ordinal written "1、" matches "1." (Huai'an prints 1、申请人…), and table punctuation ('|', '/') is dropped
/// because Markdown and grid readers join a row's header cells with it; traditional characters of the labels fold
/// to simplified (<see cref="TraditionalFold"/>).
/// </summary>
internal static class LabelKey
{
    /// <summary>The key of a label or a run of label text.</summary>
    public static string Of(string text)
    {
        var normalized = LabelText.Normalize(text);
        var sb = new StringBuilder(normalized.Length);
        for (var i = 0; i < normalized.Length; i++)
        {
            var c = normalized[i];
            if (c is '|' or '/' && !IsSlashInLabel(normalized, i))
            {
                continue;
            }

            sb.Append(c == '、' && i > 0 && char.IsAsciiDigit(normalized[i - 1]) ? '.' : TraditionalFold.Fold(c));
        }

        return sb.ToString();
    }

    /// <summary>"本年增/减" keeps its slash: it is part of a printed label, not a separator.</summary>
    private static bool IsSlashInLabel(string s, int i) =>
        s[i] == '/' && i > 0 && i + 1 < s.Length && s[i - 1] == '增' && s[i + 1] is '减' or '減';
}
