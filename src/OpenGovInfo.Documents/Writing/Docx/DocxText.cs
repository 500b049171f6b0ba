using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Writing.Tables;

namespace OpenGovInfo.Documents.Writing.Docx;

/// <summary>Paragraph factories for the report's text.</summary>
internal static class DocxText
{
    /// <summary>A paragraph of a style holding one run of text.</summary>
    public static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = style } }, Run(text));

    /// <summary>A narrative paragraph with the customary two-character first-line indent.</summary>
    public static Paragraph Body(string text) =>
        new(new ParagraphProperties
        {
            Indentation = new Indentation { FirstLineChars = 200, FirstLine = "480" },
            Justification = new Justification { Val = JustificationValues.Both },
        }, Run(text));

    /// <summary>A table cell's paragraph: labels flush left, headers and numbers centred, block titles bold.</summary>
    public static Paragraph TableParagraph(string text, GridCellKind kind, bool keepWithNext)
    {
        var properties = new ParagraphProperties
        {
            ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.TableText },
            KeepNext = keepWithNext ? new KeepNext() : null,
        };
        if (kind is GridCellKind.RowHeader or GridCellKind.Note)
        {
            properties.Justification = new Justification { Val = JustificationValues.Left };
        }

        var paragraph = new Paragraph(properties);
        if (text.Length > 0)
        {
            var run = Run(text);
            if (kind == GridCellKind.GroupTitle)
            {
                run.PrependChild(new RunProperties { Bold = new Bold() });
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    /// <summary>An empty paragraph that ends a table, so that two tables or a table and a heading do not touch.</summary>
    public static Paragraph Spacer() => new();

    /// <summary>A run of text with spaces kept.</summary>
    public static Run Run(string text) => new(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
}
