using System.Text;

namespace OpenGovInfo.Documents.Writing.Markdown;

/// <summary>Escaping for Markdown: pipes inside table cells, and line starts that would turn into block syntax.</summary>
internal static class MarkdownText
{
    /// <summary>A table cell's text: pipes escaped, line breaks folded to spaces.</summary>
    public static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("|", "\\|", StringComparison.Ordinal)
            .Replace('\n', ' ')
            .Replace("\r", "", StringComparison.Ordinal);

    /// <summary>
    /// A paragraph: a leading <c>#</c>, <c>&gt;</c>, list marker or <c>1. </c> is escaped so that narrative text
    /// such as "1. 加强培训" stays a paragraph.
    /// </summary>
    public static string Paragraph(string text)
    {
        var sb = new StringBuilder(text.Length + 2);
        var digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits]))
        {
            digits++;
        }

        if (text.Length > 0 && text[0] is '#' or '>' or '-' or '+' or '*' or '=' or '`' or '~' or '|')
        {
            sb.Append('\\');
        }
        else if (digits > 0 && digits + 1 < text.Length && text[digits] is '.' or ')' && text[digits + 1] == ' ')
        {
            return sb.Append(text, 0, digits).Append('\\').Append(text, digits, text.Length - digits).ToString();
        }

        return sb.Append(text).ToString();
    }
}
