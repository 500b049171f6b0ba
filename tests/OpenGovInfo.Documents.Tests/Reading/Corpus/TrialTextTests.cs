using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Reading.Corpus;

/// <summary>
/// Extracted text of a trial-format report whose outcome rows print six numbers (总计 blank): whatever the numbers,
/// no value is ever shifted into another column — every cell is read right or left null with a READ finding.
/// </summary>
public sealed class TrialTextTests
{
    [Property(MaxTest = 150)]
    public Property Blank_totals_in_page_text_never_give_a_wrong_value() =>
        Prop.ForAll(Gen.Choose(1, 1_000_000).ToArbitrary(), seed =>
        {
            var report = CorpusReports.Larger(ReportFormat.Trial2019, seed, "某县审计局", 2019);
            var truth = CorpusReports.WithBlankOutcomeTotals(report);
            var result = AnnualReportReader.ReadText(LayoutText(truth), "trial.txt");
            Assert.True(result.Succeeded, result.Error);
            var (graded, correct, wrong) = TruthGrader.Grade(truth, result.Report!, new HashSet<string>());
            var misread = wrong.Where(w => !w.EndsWith("read null", StringComparison.Ordinal)).ToList();
            Assert.True(misread.Count == 0, $"seed {seed}: {correct}/{graded}\n" + string.Join('\n', misread));
            foreach (var row in result.Report!.Definition.ApplicationRows)
            {
                if (result.Report.Applications!.Row(row.Code)!.Any(v => v is null))
                {
                    Assert.Contains(result.Report.Findings, f => f.Rule == "READ" && f.Where == $"applications.{row.Code}");
                }
            }
        });

    /// <summary>The tables as page text: each row's labels, then its printed numbers (blank cells print nothing).</summary>
    private static string LayoutText(AnnualReport report)
    {
        var sb = new StringBuilder(report.Title).Append("\n一、总体情况\n本机关依法做好政府信息公开工作。\n");
        foreach (var (heading, table) in NationalTables.Build(report))
        {
            sb.Append(heading).Append('\n');
            foreach (var row in table.Grid())
            {
                var labels = row.Where(c => c is { } x && x.Text.Length > 0 && !char.IsAsciiDigit(x.Text[0])).Select(c => c!.Value.Text).Distinct();
                var numbers = row.Where(c => c is { Origin: true } x && x.Text.Length > 0 && char.IsAsciiDigit(x.Text[0])).Select(c => c!.Value.Text);
                sb.Append(string.Join(' ', labels)).Append("    ").AppendJoin("    ", numbers).Append('\n');
            }
        }

        return sb.Append("五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。\n").ToString();
    }
}
