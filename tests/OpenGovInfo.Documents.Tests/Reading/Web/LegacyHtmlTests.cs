using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Documents.Tests.Reading.Web;

/// <summary>Reports printed the way older portals print them read back to the same numbers.</summary>
public sealed class LegacyHtmlTests
{
    public static TheoryData<HtmlQuirks> SingleQuirks()
    {
        var data = new TheoryData<HtmlQuirks>();
        foreach (var quirk in Enum.GetValues<HtmlQuirks>().Where(q => q is not HtmlQuirks.None and not HtmlQuirks.AllLayout and not HtmlQuirks.BlankOutcomeTotals))
        {
            data.Add(quirk);
        }

        data.Add(HtmlQuirks.AllLayout);
        return data;
    }

    [Theory]
    [MemberData(nameof(SingleQuirks))]
    public void Each_quirk_alone_reads_every_cell(HtmlQuirks quirks)
    {
        foreach (var format in new[] { ReportFormat.Format2021, ReportFormat.Trial2019 })
        {
            var report = ReportBuilder.Sample(format, seed: 11);
            AssertSameNumbers(report, LegacyHtml.Write(report, quirks), quirks);
        }
    }

    [Property(MaxTest = 200)]
    public Property Any_layout_of_any_report_reads_back_the_same_numbers() =>
        Prop.ForAll(Gen.Choose(0, (int)(HtmlQuirks.AllLayout | HtmlQuirks.BlankOutcomeTotals)).ToArbitrary(), Gen.Choose(1, 100_000).ToArbitrary(),
            Gen.Elements(ReportFormat.Format2021, ReportFormat.Trial2019).ToArbitrary(),
            (bits, seed, format) =>
            {
                var quirks = (HtmlQuirks)bits;
                var report = ReportBuilder.Sample(format, seed);
                var truth = quirks.HasFlag(HtmlQuirks.BlankOutcomeTotals) ? Corpus.CorpusReports.WithBlankOutcomeTotals(report) : report;
                AssertSameNumbers(truth, LegacyHtml.Write(report, quirks), quirks);
            });

    [Theory]
    [InlineData(HtmlQuirks.BlankOutcomeTotals)]
    [InlineData(HtmlQuirks.BlankOutcomeTotals | HtmlQuirks.Nested | HtmlQuirks.UpperCase | HtmlQuirks.PlaceholderCells)]
    public void Trial_format_blank_totals_are_unknown_with_a_finding_and_nothing_shifts(HtmlQuirks quirks)
    {
        var report = ReportBuilder.Sample(ReportFormat.Trial2019, seed: 5);
        var html = LegacyHtml.Write(report, quirks);
        var truth = Corpus.CorpusReports.WithBlankOutcomeTotals(report);
        AssertSameNumbers(truth, html, quirks);
        var read = AnnualReportReader.ReadText(html, "trial.html").Report!;
        foreach (var row in read.Definition.ApplicationRows.Where(r => r.Kind == ApplicationRowKind.Outcome))
        {
            Assert.Null(read.Applications![row.Code, TableLayouts.TotalColumn]);
            Assert.Contains(read.Findings, f => f.Rule == "READ" && f.Where == $"applications.{row.Code}" && f.Message.Contains("总计栏空白", StringComparison.Ordinal));
        }
    }

    internal static void AssertSameNumbers(AnnualReport truth, string html, HtmlQuirks quirks)
    {
        var result = AnnualReportReader.ReadText(html, "legacy.html");
        Assert.True(result.Succeeded, $"{quirks}: {result.Failure} {result.Error}");
        Assert.Equal(truth.Format, result.Report!.Format);
        var (graded, correct, wrong) = TruthGrader.Grade(truth, result.Report, new HashSet<string>());
        Assert.True(wrong.Count == 0, $"{quirks}: {correct}/{graded}\n" + string.Join('\n', wrong.Take(20)));
    }
}
