using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Every real report in the fixtures is read without an exception and with findings that make sense.</summary>
public sealed class FixtureReportsTests
{
    public static TheoryData<string> Reports()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedPaths.ReportsFolder).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Reads_without_crash_and_every_null_cell_has_a_read_finding(string name)
    {
        var result = AnnualReportReader.ReadFile(Path.Combine(SharedPaths.ReportsFolder, name));
        if (!result.Succeeded)
        {
            Assert.NotEqual(ReadFailure.None, result.Failure);
            Assert.False(string.IsNullOrWhiteSpace(result.Error));
            return;
        }

        var report = result.Report!;
        Assert.Equal(Path.Combine(SharedPaths.ReportsFolder, name), report.Source);
        foreach (var row in report.Definition.ApplicationRows)
        {
            if (report.Applications?.Row(row.Code) is { } cells && cells.Any(c => c is null))
            {
                Assert.Contains(report.Findings, f => f.Rule == "READ" && f.Where == $"applications.{row.Code}");
            }
        }

        if (report.Applications is null)
        {
            Assert.Contains(report.Findings, f => f.Rule == "READ" && f.Where == "applications");
        }
    }

    [Fact]
    public void The_index_csv_is_not_a_report()
    {
        var result = AnnualReportReader.ReadFile(Path.Combine(SharedPaths.ReportsFolder, "INDEX.csv"));
        Assert.Equal(ReadFailure.NotAReport, result.Failure);
    }

    [Fact]
    public void Truncated_excerpt_keeps_what_it_has_and_says_what_is_missing()
    {
        var result = AnnualReportReader.ReadFile(Path.Combine(SharedPaths.ReportsFolder, "034_dsz_jiguanshiwu_2021_truncated.txt"));
        Assert.True(result.Succeeded);
        Assert.Contains(result.Report!.Findings, f => f.Rule == "READ");
        Assert.Equal(ReportFormat.Format2021, result.Report.Format);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void Empty_text_is_an_empty_failure(string text)
    {
        Assert.Equal(ReadFailure.Empty, AnnualReportReader.ReadText(text, "x.txt").Failure);
    }

    [Fact]
    public void Too_large_is_refused_before_reading()
    {
        var result = AnnualReportReader.Read(new MemoryStream(new byte[2048]), "big.bin", new ReadOptions { MaxBytes = 1024 });
        Assert.Equal(ReadFailure.TooLarge, result.Failure);
    }

    [Fact]
    public void Traditional_character_mirror_reads_as_the_2019_format()
    {
        var result = AnnualReportReader.ReadFile(Path.Combine(SharedPaths.ReportsFolder, "036_mirror_trad_ju_2021_2019fmt_truncated.txt"));
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(ReportFormat.Trial2019, result.Report!.Format);
        Assert.Equal(0m, result.Report.Proactive!["regulations", "newly_made"]);
    }
}
