using System.Globalization;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Documents.Writing.Markdown;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Writing;

public sealed class MarkdownReportRendererTests
{
    [Theory]
    [InlineData(ReportFormat.Format2021)]
    [InlineData(ReportFormat.Trial2019)]
    public void Table_rows_are_flattened_paths_with_their_numbers_in_order(ReportFormat format)
    {
        var report = TestReports.Distinct(format);

        var lines = MarkdownReportRenderer.RenderText(report).Split('\n');

        AssertRows(lines, report);
    }

    [Fact]
    public void Seed_rows_hold_the_seed_numbers()
    {
        var report = TruthData.Seed();

        AssertRows(MarkdownReportRenderer.RenderText(report).Split('\n'), report);
    }

    /// <summary>Every data row is one line: its flattened label path, then its numbers in column order.</summary>
    internal static void AssertRows(string[] lines, AnnualReport report)
    {
        for (var r = 0; r < report.Definition.ApplicationRows.Count; r++)
        {
            var row = report.Definition.ApplicationRows[r];
            var values = report.Applications?.RowAt(r)?.Select(Number) ?? Enumerable.Repeat("—", 7);
            Assert.Contains($"| {PathOf(row)} | {string.Join(" | ", values)} |", lines);
        }

        var review = report.ReviewLitigation?.Flattened().Select(Number) ?? Enumerable.Repeat("—", 15);
        Assert.Contains($"| {string.Join(" | ", review)} |", lines);
        foreach (var block in report.Definition.ProactiveBlocks)
        {
            Assert.Contains($"**{block.Title}**", lines);
            foreach (var item in block.Items)
            {
                var values = report.Proactive?.Values(item.Code)?.Select(v => v?.ToString(CultureInfo.InvariantCulture) ?? "—")
                    ?? block.Measures.Select(_ => "—");
                Assert.Contains($"| {item.Label} | {string.Join(" | ", values)} |", lines);
            }
        }
    }

    [Fact]
    public void Headers_flatten_the_merged_column_headers()
    {
        var report = TruthData.Seed();

        var lines = MarkdownReportRenderer.RenderText(report).Split('\n');

        var columns = report.Definition.Columns.Select(c =>
            TableLayouts.ApplicantHeader + " / " + (c.IsOrganisation ? TableLayouts.OrganisationHeader + " / " : "") + c.Label);
        Assert.Contains($"| {TableLayouts.ReconciliationNote} | {string.Join(" | ", columns)} |", lines);
        Assert.Contains(lines, l => l.StartsWith("| 行政复议 / 结果维持 |", StringComparison.Ordinal)
            && l.Contains("| 行政诉讼 / 复议后起诉 / 总计 |", StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_and_narrative_are_printed_in_order()
    {
        var report = TruthData.Sample();

        var text = MarkdownReportRenderer.RenderText(report);

        Assert.StartsWith("# " + report.Title + "\n", text, StringComparison.Ordinal);
        var headings = text.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..]);
        Assert.Equal(report.Definition.Sections.Select(s => s.Heading), headings);
        Assert.Contains("\n" + report.Sections["other_matters"] + "\n", text, StringComparison.Ordinal);
        Assert.EndsWith(report.Sections["other_matters"] + "\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pipes_and_list_markers_are_escaped()
    {
        Assert.Equal("a \\| b", MarkdownText.Cell("a | b"));
        Assert.Equal("1\\. 加强培训", MarkdownText.Paragraph("1. 加强培训"));
        Assert.Equal("\\# 不是标题", MarkdownText.Paragraph("# 不是标题"));
        Assert.Equal("1.属于国家秘密", MarkdownText.Paragraph("1.属于国家秘密"));
    }

    [Fact]
    public void Unknown_cells_print_a_dash_never_zero()
    {
        var report = TruthData.Seed();
        report.Applications!.SetRow("granted", null);
        report.ReviewLitigation = null;

        var lines = MarkdownReportRenderer.RenderText(report).Split('\n');

        Assert.Contains($"| {TableLayouts.ResultsHeader} / （一）予以公开 | — | — | — | — | — | — | — |", lines);
        Assert.Contains("|" + string.Concat(Enumerable.Repeat(" — |", 15)), lines);
    }

    [Fact]
    public void Sample_matches_golden_file()
    {
        GoldenFile.AssertMatches("pingqiao-2023.md", MarkdownReportRenderer.RenderText(TruthData.Sample()));
    }

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "—";

    private static string PathOf(ApplicationRowDefinition row) => row.IsUnderResults
        ? string.Join(" / ", new[] { TableLayouts.ResultsHeader, row.Category?.Label, row.Label }.OfType<string>())
        : row.Label;
}
