using AngleSharp.Html.Dom;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class HtmlReportRendererTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void Every_cell_lands_in_its_row_and_column(ReportFormat format)
    {
        var report = TestReports.Distinct(format);

        var tables = Tables(HtmlReportRenderer.RenderDocument(report));

        TableGridAssert.Proactive(HtmlGrid.Resolve(tables[0]), report);
        TableGridAssert.Applications(HtmlGrid.Resolve(tables[1]), report);
        TableGridAssert.ReviewLitigation(HtmlGrid.Resolve(tables[2]), report);
    }

    [Fact]
    public void Seed_tables_hold_the_seed_numbers_and_labels()
    {
        var report = TruthData.Seed();

        var tables = Tables(HtmlReportRenderer.RenderDocument(report));

        TableGridAssert.Proactive(HtmlGrid.Resolve(tables[0]), report);
        TableGridAssert.Applications(HtmlGrid.Resolve(tables[1]), report);
        TableGridAssert.ReviewLitigation(HtmlGrid.Resolve(tables[2]), report);
    }

    [Fact]
    public void Headers_are_accessible_and_merged_like_the_national_format()
    {
        var report = TestReports.Distinct(ReportFormat.Format2021);
        var table = Tables(HtmlReportRenderer.RenderDocument(report))[1];

        var cells = HtmlGrid.Cells(table);
        var results = cells.Single(c => c.Cell.TextContent == TableLayouts.ResultsHeader).Cell;
        Assert.Equal("rowgroup", results.GetAttribute("scope"));
        Assert.Equal(report.Definition.ApplicationRows.Count(r => r.IsUnderResults), (int)results.RowSpan);
        var applicant = cells.Single(c => c.Cell.TextContent == TableLayouts.ApplicantHeader).Cell;
        Assert.Equal(("colgroup", 7), (applicant.GetAttribute("scope"), applicant.ColumnSpan));
        var withheld = cells.Single(c => c.Cell.TextContent == "（三）不予公开").Cell;
        Assert.Equal(8, withheld.RowSpan);
        Assert.NotNull(table.Caption);
        Assert.All(table.QuerySelectorAll("th"), th => Assert.False(string.IsNullOrEmpty(th.GetAttribute("scope"))));
    }

    [Fact]
    public void Document_is_standalone_with_title_headings_and_narrative()
    {
        var report = TruthData.Sample();

        var document = HtmlGrid.Parse(HtmlReportRenderer.RenderDocument(report));

        Assert.Equal("zh-CN", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("meta[charset]"));
        Assert.Contains("@media print", document.QuerySelector("style")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("link, script, img"));
        Assert.Equal(report.Title, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(report.Definition.Sections.Select(s => s.Heading), document.QuerySelectorAll("h2").Select(h => h.TextContent));
        var paragraphs = document.QuerySelectorAll("p").Select(p => p.TextContent).ToList();
        var expected = report.Sections.Values.SelectMany(t => t.Split('\n')).Select(l => l.Trim()).Where(l => l.Length > 0);
        Assert.Equal(expected, paragraphs);
    }

    [Fact]
    public void Missing_narrative_prints_heading_with_empty_body()
    {
        var report = TruthData.Seed();
        report.Sections.Clear();

        var document = HtmlGrid.Parse(HtmlReportRenderer.RenderDocument(report));

        Assert.Equal(6, document.QuerySelectorAll("h2").Length);
        Assert.Empty(document.QuerySelectorAll("p"));
    }

    [Fact]
    public void Markup_in_agency_and_narrative_is_escaped()
    {
        var report = TestReports.Distinct(ReportFormat.Format2021);
        report.Agency = "<script>alert('a')</script>局";
        report.Sections["overview"] = "见 <script>alert(1)</script> & 其他";

        var html = HtmlReportRenderer.RenderDocument(report);
        var document = HtmlGrid.Parse(html);

        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(report.Title, document.QuerySelector("h1")!.TextContent);
        Assert.Equal(report.Sections["overview"], document.QuerySelector("p")!.TextContent);
    }

    [Fact]
    public void Body_fragment_is_the_article_of_the_document()
    {
        var report = TruthData.Sample();

        var body = HtmlReportRenderer.RenderBody(report);

        Assert.StartsWith("<article class=\"ogi-report\">", body, StringComparison.Ordinal);
        Assert.Contains(body, HtmlReportRenderer.RenderDocument(report), StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_matches_golden_file()
    {
        var report = TruthData.Sample();

        GoldenFile.AssertMatches("pingqiao-2023.html", HtmlReportRenderer.RenderDocument(report));
    }

    private static List<IHtmlTableElement> Tables(string html)
    {
        var tables = HtmlGrid.Parse(html).QuerySelectorAll("table").OfType<IHtmlTableElement>().ToList();
        Assert.Equal(3, tables.Count);
        return tables;
    }
}
