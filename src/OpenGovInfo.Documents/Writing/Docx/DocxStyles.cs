using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Writing.Docx;

/// <summary>
/// The style part: 宋体 body with Chinese language tagging as the default, 黑体 title and headings, and a compact
/// table-text style. Styles rather than direct formatting keep the document easy to restyle in Word.
/// </summary>
internal static class DocxStyles
{
    public const string Title = "Title";
    public const string Heading = "Heading1";
    public const string TableText = "TableText";

    /// <summary>Adds the style part to the document.</summary>
    public static void Add(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle
                {
                    RunFonts = Fonts(DocxLayout.SongFont),
                    FontSize = new FontSize { Val = DocxLayout.BodySize },
                    FontSizeComplexScript = new FontSizeComplexScript { Val = DocxLayout.BodySize },
                    Languages = new Languages { Val = "en-US", EastAsia = "zh-CN" },
                }),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle
                {
                    SpacingBetweenLines = new SpacingBetweenLines { Line = "360", LineRule = LineSpacingRuleValues.Auto, After = "0" },
                })),
            ParagraphStyle("Normal", "Normal", null, null, null),
            ParagraphStyle(Title, "Title", DocxLayout.TitleSize, JustificationValues.Center, null),
            ParagraphStyle(Heading, "heading 1", DocxLayout.HeadingSize, null, 0),
            TableTextStyle());
    }

    /// <summary>East Asian font plus the Latin pairing.</summary>
    public static RunFonts Fonts(string eastAsia) => new()
    {
        Ascii = DocxLayout.LatinFont,
        HighAnsi = DocxLayout.LatinFont,
        EastAsia = eastAsia,
        ComplexScript = DocxLayout.LatinFont,
    };

    private static Style ParagraphStyle(string id, string name, string? size, JustificationValues? justify, int? outline)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != "Normal")
        {
            style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" });
        }

        var paragraph = new StyleParagraphProperties();
        if (size is not null)
        {
            // Title and headings: kept with the next paragraph; only headings enter the navigation outline.
            paragraph.KeepNext = new KeepNext();
            paragraph.SpacingBetweenLines = new SpacingBetweenLines { Before = "240", After = "120" };
            paragraph.Justification = justify is { } j ? new Justification { Val = j } : null;
            paragraph.OutlineLevel = outline is { } level ? new OutlineLevel { Val = level } : null;
        }

        style.Append(paragraph);
        if (size is not null)
        {
            style.Append(new StyleRunProperties
            {
                RunFonts = Fonts(DocxLayout.HeiFont),
                FontSize = new FontSize { Val = size },
                FontSizeComplexScript = new FontSizeComplexScript { Val = size },
            });
        }

        return style;
    }

    private static Style TableTextStyle()
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = TableText };
        style.Append(
            new StyleName { Val = "Table Text" },
            new BasedOn { Val = "Normal" },
            new StyleParagraphProperties
            {
                SpacingBetweenLines = new SpacingBetweenLines { Line = "240", LineRule = LineSpacingRuleValues.Auto, After = "0" },
                Justification = new Justification { Val = JustificationValues.Center },
            },
            new StyleRunProperties
            {
                FontSize = new FontSize { Val = DocxLayout.TableSize },
                FontSizeComplexScript = new FontSizeComplexScript { Val = DocxLayout.TableSize },
            });
        return style;
    }
}
