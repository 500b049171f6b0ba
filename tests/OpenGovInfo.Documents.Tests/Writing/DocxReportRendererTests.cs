using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class DocxReportRendererTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void Every_cell_lands_in_its_row_and_column(ReportFormat format)
    {
        var report = TestReports.Distinct(format);

        using var document = Open(Render(report));

        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        Assert.Equal(3, tables.Count);
        TableGridAssert.Proactive(DocxGrid.Resolve(tables[0]), report);
        TableGridAssert.Applications(DocxGrid.Resolve(tables[1]), report);
        TableGridAssert.ReviewLitigation(DocxGrid.Resolve(tables[2]), report);
    }

    [Fact]
    public void Seed_tables_hold_the_seed_numbers_and_labels()
    {
        var report = TruthData.Seed();

        using var document = Open(Render(report));

        var tables = document.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        TableGridAssert.Proactive(DocxGrid.Resolve(tables[0]), report);
        TableGridAssert.Applications(DocxGrid.Resolve(tables[1]), report);
        TableGridAssert.ReviewLitigation(DocxGrid.Resolve(tables[2]), report);
    }

    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void Document_passes_the_OpenXml_validator(ReportFormat format)
    {
        var report = format == ReportFormat.Format2021 ? TruthData.Sample() : TestReports.Distinct(format);

        using var document = Open(Render(report));

        var errors = new OpenXmlValidator(FileFormatVersions.Office2010).Validate(document)
            .Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Title_headings_narrative_fonts_and_page_follow_the_format()
    {
        var report = TruthData.Sample();

        using var document = Open(Render(report));

        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
        Assert.Equal(report.Title, paragraphs[0].InnerText);
        Assert.Equal("Title", paragraphs[0].ParagraphProperties!.ParagraphStyleId!.Val!.Value);
        var headings = paragraphs.Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").Select(p => p.InnerText);
        Assert.Equal(report.Definition.Sections.Select(s => s.Heading), headings);
        Assert.Contains(paragraphs, p => p.InnerText == report.Sections["other_matters"]);
        var defaults = main.StyleDefinitionsPart!.Styles!.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("宋体", defaults.RunFonts!.EastAsia!.Value);
        Assert.Equal("zh-CN", defaults.Languages!.EastAsia!.Value);
        var heading = main.StyleDefinitionsPart.Styles.Elements<Style>().Single(s => s.StyleId == "Heading1");
        Assert.Equal("黑体", heading.StyleRunProperties!.RunFonts!.EastAsia!.Value);
        var page = main.Document.Body.GetFirstChild<SectionProperties>()!.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (page.Width!.Value, page.Height!.Value));
    }

    [Fact]
    public void LibreOffice_converts_it_to_a_pdf_with_the_tables_text()
    {
        var report = TestReports.Distinct(ReportFormat.Format2021);
        var folder = Directory.CreateTempSubdirectory("ogi-docx-");
        try
        {
            var docx = Path.Combine(folder.FullName, "report.docx");
            File.WriteAllBytes(docx, Render(report));

            ExternalTool.Run("/usr/bin/libreoffice", TimeSpan.FromSeconds(120),
                $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", "pdf",
                "--outdir", folder.FullName, docx);

            var pdf = Path.Combine(folder.FullName, "report.pdf");
            Assert.True(File.Exists(pdf));
            var text = ExternalTool.Run("/usr/bin/pdftotext", TimeSpan.FromSeconds(30), pdf, "-");
            var compact = string.Concat(text.Where(ch => !char.IsWhiteSpace(ch)));
            // Narrow merged cells wrap (三、本 / 年度办 / 理结果), so only labels that fit one line are looked for.
            Assert.Contains(TableLayouts.ApplicantHeader, compact, StringComparison.Ordinal);
            Assert.Contains(report.Definition.ReviewGroups[^1].Label, compact, StringComparison.Ordinal);
            Assert.Contains("1.属于国家秘密", compact, StringComparison.Ordinal);
            var carriedForward = report.Applications!.Row("carried_forward_to_next_year")!;
            var numbers = carriedForward.Concat(report.ReviewLitigation!.Flattened());
            Assert.All(numbers, v => Assert.Contains(v!.Value.ToString(CultureInfo.InvariantCulture), text, StringComparison.Ordinal));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static byte[] Render(AnnualReport report)
    {
        using var stream = new MemoryStream();
        new DocxReportRenderer().Render(report, stream);
        return stream.ToArray();
    }

    private static WordprocessingDocument Open(byte[] bytes) =>
        WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false);
}
