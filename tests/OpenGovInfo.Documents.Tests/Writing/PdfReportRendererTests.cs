using System.Globalization;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Documents.Writing.Pdf;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class PdfReportRendererTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void Tables_print_every_label_and_number_in_row_order(ReportFormat format)
    {
        var report = TestReports.Distinct(format);

        var pdf = PdfText.Read(Render(report));

        PdfTableAssert.TablesPrinted(pdf.All, report);
    }

    [Fact]
    public void Seed_tables_print_the_seed_numbers_and_labels()
    {
        var report = TruthData.Seed();

        var pdf = PdfText.Read(Render(report));

        PdfTableAssert.TablesPrinted(pdf.All, report);
    }

    [Fact]
    public void Pages_are_A4_with_title_headings_narrative_and_page_numbers()
    {
        var report = TruthData.Sample();

        var pdf = PdfText.Read(Render(report));

        Assert.All(pdf.PageSizes, size => Assert.Equal((595d, 842d), size));
        Assert.StartsWith(report.Title, pdf.All, StringComparison.Ordinal);
        Assert.All(report.Definition.Sections, s => Assert.Contains(s.Heading, pdf.All, StringComparison.Ordinal));
        Assert.All(report.Sections.Values.SelectMany(t => t.Split('\n')).Select(PdfText.Compact),
            paragraph => Assert.Contains(paragraph, pdf.All, StringComparison.Ordinal));
        var count = pdf.Pages.Count;
        Assert.All(Enumerable.Range(1, count), n => Assert.Contains($"第{n}页共{count}页", pdf.Pages[n - 1], StringComparison.Ordinal));
    }

    [Fact]
    public void Font_is_an_embedded_subset_and_the_file_stays_small()
    {
        var bytes = Render(TruthData.Sample());
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllBytes(path, bytes);
            var fonts = ExternalTool.Run("/usr/bin/pdffonts", TimeSpan.FromSeconds(30), path)
                .Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
            Assert.NotEmpty(fonts);
            Assert.All(fonts, line => Assert.Matches(@"CID TrueType\s+Identity-H\s+yes\s+yes\s+yes", line));
        }
        finally
        {
            File.Delete(path);
        }

        // The whole uming.ttc would add 10 MB; a subset of the few hundred glyphs used is a few hundred KB.
        Assert.InRange(bytes.Length, 1, 1_000_000);
    }

    [Fact]
    public void Long_narrative_flows_over_pages_within_the_margins()
    {
        var report = TestReports.Distinct(ReportFormat.Format2021);
        report.Sections["overview"] = string.Join('\n', Enumerable.Repeat(string.Concat(Enumerable.Repeat("政府信息公开工作稳步推进，", 12)), 30));

        var pdf = PdfText.Read(Render(report));

        Assert.True(pdf.Pages.Count >= 5, $"{pdf.Pages.Count} pages");
        PdfTableAssert.TablesPrinted(pdf.All, report);
        Assert.All(pdf.Extents, e => Assert.InRange(e.Bottom, 842 - PdfGeometry.FooterBaseline - 1, 842d));
        Assert.All(pdf.Extents, e => Assert.InRange(e.Top, 0, 842 - PdfGeometry.TopMargin));
    }

    [Fact]
    public void Same_report_gives_the_same_bytes()
    {
        var report = TruthData.Sample();

        Assert.Equal(Render(report), Render(report));
    }

    [Fact]
    public void Missing_font_names_the_package_to_install_in_both_languages()
    {
        var error = Assert.Throws<RenderingException>(() =>
            CjkFontLocator.Resolve(null, null, ["/nonexistent/uming.ttc"]));
        Assert.Contains("sudo apt-get install fonts-arphic-uming", error.Message, StringComparison.Ordinal);
        Assert.Contains("未找到", error.Message, StringComparison.Ordinal);
        Assert.Contains("No CJK", error.Message, StringComparison.Ordinal);

        var renderer = new PdfReportRenderer(new PdfRenderOptions { FontPath = "/nonexistent/font.ttf" });
        var render = Assert.Throws<RenderingException>(() => renderer.Render(TruthData.Seed(), Stream.Null));
        Assert.Contains("fonts-arphic-uming", render.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Font_without_Chinese_glyphs_is_refused()
    {
        var renderer = new PdfReportRenderer(new PdfRenderOptions
        {
            FontPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        });

        var error = Assert.Throws<RenderingException>(() => renderer.Render(TruthData.Seed(), Stream.Null));

        Assert.Contains("fonts-arphic-uming", error.Message, StringComparison.Ordinal);
    }

    internal static byte[] Render(AnnualReport report)
    {
        using var stream = new MemoryStream();
        new PdfReportRenderer().Render(report, stream);
        return stream.ToArray();
    }
}
