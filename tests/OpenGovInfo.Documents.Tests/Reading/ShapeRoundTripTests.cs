using System.Text;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>DOCX, HTML and Markdown documents built in the test (merged cells, navigation junk) read back to the same numbers.</summary>
public sealed class ShapeRoundTripTests
{
    public static TheoryData<string> Sources() => new() { "001_huaian_2024_layout.json", "013_pingtan_zrz_2021.json", "000_seed_pingqiao_2023.json" };

    [Theory]
    [MemberData(nameof(Sources))]
    public void Html_with_rowspan_colspan_and_navigation(string truthName)
    {
        var truth = Truth(truthName);
        var result = AnnualReportReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(TestDocuments.Html(truth))), "report.html");
        AssertSameNumbers(truth, result, DocumentShape.Html);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Docx_with_gridspan_and_vmerge(string truthName)
    {
        var truth = Truth(truthName);
        var result = AnnualReportReader.Read(new MemoryStream(TestDocuments.Docx(truth)), "report.docx");
        AssertSameNumbers(truth, result, DocumentShape.Docx);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Markdown_pipe_tables_with_label_paths(string truthName)
    {
        var truth = Truth(truthName);
        var markdown = TestDocuments.Markdown(truth);
        Assert.Contains("三、本年度办理结果 / （三）不予公开 / 1.属于国家秘密", markdown, StringComparison.Ordinal);
        var result = AnnualReportReader.ReadText(markdown, "report.md");
        AssertSameNumbers(truth, result, DocumentShape.Markdown);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Pdf_with_drawn_table_text(string truthName)
    {
        if (!File.Exists(TestPdf.FontPath))
        {
            return; // The CJK font is a Debian package (fonts-arphic-uming); without it there is nothing to draw with.
        }

        var truth = Truth(truthName);
        var result = AnnualReportReader.Read(new MemoryStream(TestPdf.Render(truth)), "report.pdf");
        AssertSameNumbers(truth, result, DocumentShape.Pdf);
    }

    [Fact]
    public void Markdown_review_table_printed_one_group_per_row_is_read_in_printed_order()
    {
        var truth = Truth("001_huaian_2024_layout.json");
        var markdown = TestDocuments.Markdown(truth);
        var flat = "| " + string.Join(" | ", truth.ReviewLitigation!.Flattened()) + " |";
        var groups = string.Join('\n', TableLayouts.ReviewGroups.Select((g, i) =>
            $"| {g.Label} | " + string.Join(" | ", truth.ReviewLitigation.GroupAt(i)!) + " |"));
        Assert.Contains(flat, markdown, StringComparison.Ordinal);
        var result = AnnualReportReader.ReadText(markdown.Replace(flat, groups, StringComparison.Ordinal), "groups.md");
        Assert.True(result.Succeeded);
        Assert.Equal(truth.ReviewLitigation.Flattened(), result.Report!.ReviewLitigation!.Flattened());
    }

    [Fact]
    public void Html_blank_cell_stays_null_with_a_read_finding()
    {
        var truth = Truth("001_huaian_2024_layout.json");
        truth.Applications!["granted", 2] = null;
        var result = AnnualReportReader.ReadText(TestDocuments.Html(truth), "blank.html");
        Assert.True(result.Succeeded);
        Assert.Null(result.Report!.Applications!["granted", 2]);
        Assert.Equal(1362, result.Report.Applications["granted", 6]);
        Assert.Contains(result.Report.Findings, f => f.Rule == "READ" && f.Where == "applications.granted");
    }

    private static AnnualReport Truth(string name)
    {
        var truth = TruthData.Load(Path.Combine(SharedPaths.TruthFolder, name));
        // Truth agencies carry editorial notes in brackets; a rendered title prints the plain name.
        truth.Agency = truth.Agency?.Split('（')[0];
        return truth;
    }

    private static void AssertSameNumbers(AnnualReport truth, ReportReadResult result, DocumentShape shape)
    {
        Assert.True(result.Succeeded, $"{result.Failure}: {result.Error}");
        Assert.Equal(shape, result.Shape);
        var (graded, correct, wrong) = TruthGrader.Grade(truth, result.Report!, new HashSet<string>());
        Assert.True(wrong.Count == 0, $"{correct}/{graded}\n" + string.Join('\n', wrong));
        Assert.Equal(truth.Year, result.Report!.Year);
    }
}
