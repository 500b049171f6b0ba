using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Testing.Builders;

/// <summary>Real .docx files for tests, made with the OpenXML SDK.</summary>
public static class WordDocuments
{
    /// <summary>A document with one paragraph per line of <paramref name="text"/>, as an office types a notice.</summary>
    public static byte[] Paragraphs(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(text.Split('\n').Select(line => new W.Paragraph(new W.Run(new W.Text(line))))));
        }

        return stream.ToArray();
    }

    /// <summary>
    /// A notice as an office writes it in Word: a 标题 2 heading (style id "2", as Chinese Word saves it), a paragraph
    /// with a bold word, an italic and an underlined one and a line break, a numbered list, and a table with a header
    /// row, a horizontally merged cell and a vertically merged cell; fonts and colours that must not survive.
    /// </summary>
    public static byte[] Notice()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.AddNewPart<StyleDefinitionsPart>().Styles = new W.Styles(
                new W.Style(new W.StyleName { Val = "heading 2" }) { StyleId = "2", Type = W.StyleValues.Paragraph });
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = new W.Numbering(
                new W.AbstractNum(new W.Level(new W.NumberingFormat { Val = W.NumberFormatValues.Decimal }) { LevelIndex = 0 }) { AbstractNumberId = 1 },
                new W.NumberingInstance(new W.AbstractNumId { Val = 1 }) { NumberID = 7 });

            static W.Run Run(string text, W.RunProperties? properties = null) =>
                new(properties ?? new W.RunProperties(new W.Color { Val = "FF0000" }, new W.RunFonts { EastAsia = "仿宋_GB2312" }), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve });
            static W.Paragraph ListItem(string text) => new(
                new W.ParagraphProperties(new W.NumberingProperties(new W.NumberingLevelReference { Val = 0 }, new W.NumberingId { Val = 7 })),
                Run(text));
            static W.TableCell Cell(string text, params OpenXmlElement[] properties) =>
                new(new W.TableCellProperties(properties), new W.Paragraph(Run(text)));

            main.Document = new W.Document(new W.Body(
                new W.Paragraph(new W.ParagraphProperties(new W.ParagraphStyleId { Val = "2" }), Run("一、工作要点")),
                new W.Paragraph(
                    Run("做好"),
                    Run("政务公开", new W.RunProperties(new W.Bold())),
                    Run("和"),
                    Run("政策解读", new W.RunProperties(new W.Italic())),
                    Run("，落实", new W.RunProperties(new W.Bold { Val = false })),
                    Run("责任", new W.RunProperties(new W.Underline { Val = W.UnderlineValues.Single })),
                    new W.Run(new W.Break()),
                    Run("第二行 <不是标签> & 符号")),
                ListItem("第一项"),
                ListItem("第二项"),
                new W.Table(
                    new W.TableRow(new W.TableRowProperties(new W.TableHeader()), Cell("事项"), Cell("责任科室"), Cell("时限")),
                    new W.TableRow(Cell("年度报告", new W.VerticalMerge { Val = W.MergedCellValues.Restart }), Cell("办公室", new W.GridSpan { Val = 2 })),
                    new W.TableRow(Cell(string.Empty, new W.VerticalMerge()), Cell("法规科"), Cell("3月31日前")))));
        }

        return stream.ToArray();
    }
}
