using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class AllRenderersTests
{
    [Fact]
    public void Registry_lists_html_docx_pdf_md_in_that_order()
    {
        Assert.Equal(["html", "docx", "pdf", "md"], ReportRenderers.All.Select(r => r.Name));
        Assert.Equal([".html", ".docx", ".pdf", ".md"], ReportRenderers.All.Select(r => r.Extension));
        Assert.Same(ReportRenderers.All[2], ReportRenderers.Find("PDF"));
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Every_truth_file_renders_in_every_format(string name)
    {
        var report = TruthData.Load(Path.Combine(SharedPaths.TruthFolder, name));

        foreach (var renderer in ReportRenderers.All)
        {
            using var output = new MemoryStream();
            renderer.Render(report, output);
            Assert.True(output.Length > 1000, $"{renderer.Name}: {output.Length} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Every_format_prints_each_truth_file_number_in_its_row_and_column(string name)
    {
        var report = TruthData.Load(Path.Combine(SharedPaths.TruthFolder, name));

        var html = HtmlGrid.Parse(HtmlReportRenderer.RenderDocument(report)).QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();
        TableGridAssert.Proactive(HtmlGrid.Resolve(html[0]), report);
        TableGridAssert.Applications(HtmlGrid.Resolve(html[1]), report);
        TableGridAssert.ReviewLitigation(HtmlGrid.Resolve(html[2]), report);

        using var docxBytes = new MemoryStream();
        new DocxReportRenderer().Render(report, docxBytes);
        using var docx = WordprocessingDocument.Open(docxBytes, isEditable: false);
        var tables = docx.MainDocumentPart!.Document!.Body!.Elements<Table>().ToList();
        TableGridAssert.Proactive(DocxGrid.Resolve(tables[0]), report);
        TableGridAssert.Applications(DocxGrid.Resolve(tables[1]), report);
        TableGridAssert.ReviewLitigation(DocxGrid.Resolve(tables[2]), report);

        MarkdownReportRendererTests.AssertRows(MarkdownReportRenderer.RenderText(report).Split('\n'), report);
        PdfTableAssert.TablesPrinted(PdfText.Read(PdfReportRendererTests.Render(report)).All, report);
    }

    [Fact]
    public void Report_without_tables_or_narrative_renders_headings_and_unknown_cells()
    {
        var report = new AnnualReport(ReportFormat.Trial2019) { Proactive = null, Applications = null, ReviewLitigation = null };

        foreach (var renderer in ReportRenderers.All)
        {
            using var output = new MemoryStream();
            renderer.Render(report, output);
            Assert.True(output.Length > 1000, renderer.Name);
        }

        var markdown = MarkdownReportRenderer.RenderText(report);
        Assert.Contains("| " + report.Definition.ApplicationRows[0].Label + " | — | — | — | — | — | — | — |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Renderers_write_to_a_stream_that_cannot_seek()
    {
        var report = TruthData.Seed();

        foreach (var renderer in ReportRenderers.All)
        {
            using var inner = new MemoryStream();
            using var forwardOnly = new ForwardOnlyStream(inner);
            renderer.Render(report, forwardOnly);
            Assert.True(inner.Length > 1000, renderer.Name);
        }
    }

    public static TheoryData<string> TruthNames() => TruthData.TruthNames();

    /// <summary>An HTTP-response-like stream: write only, no seeking.</summary>
    private sealed class ForwardOnlyStream(Stream inner) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
