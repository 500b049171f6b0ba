using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Domain.Tests.AnnualReports;

/// <summary>
/// Properties over generated reports: consistent reports pass every rule, and a change to any single cell makes
/// exactly the rules that involve that cell fire — no more, no fewer.
/// </summary>
public class ConsistencyPropertyTests
{
    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 300)]
    public bool Any_consistent_report_passes_every_rule(ConsistentReport generated) =>
        ConsistencyChecker.Check(generated.Report).Count == 0;

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 500)]
    public void A_single_table_three_change_fires_exactly_the_expected_rules(ConsistentReport generated, CellChange change)
    {
        var report = generated.Report;
        var rows = report.Definition.ApplicationRows;
        var row = rows[change.Row % rows.Count];
        var column = change.Column % TableLayouts.ColumnCount;
        var before = report.Applications![row.Code, column]!.Value;
        var after = before + change.Delta;
        report.Applications[row.Code, column] = after;

        var expected = ExpectedTableThreeFindings(row, column, after);
        var actual = ConsistencyChecker.Check(report).Select(f => (f.Rule, f.Where)).ToHashSet();
        Assert.Equal(expected.OrderBy(x => x), actual.OrderBy(x => x));
    }

    [Property(Arbitrary = [typeof(ReportArbitraries)], MaxTest = 200)]
    public void A_single_table_four_change_fires_its_group_total_rule(ConsistentReport generated, CellChange change)
    {
        var group = change.Row % 3;
        var measure = change.Column % 5;
        var cells = generated.Report.ReviewLitigation!.GroupAt(group)!;
        cells[measure] += change.Delta;

        var expected = new HashSet<(string, string)> { ("T4-1", Where.ReviewGroup(group)) };
        if (cells[measure] < 0)
        {
            expected.Add(("T4-2", Where.ReviewGroup(group)));
        }

        Assert.Equal(expected, ConsistencyChecker.Check(generated.Report).Select(f => (f.Rule, f.Where)).ToHashSet());
    }

    private static HashSet<(string Rule, string Where)> ExpectedTableThreeFindings(ApplicationRowDefinition row, int column, int value)
    {
        var expected = new HashSet<(string, string)> { ("T3-3", Where.ApplicationsRow(row.Code)) };
        var where = Where.ApplicationsColumn(column);
        switch (row.Kind)
        {
            case ApplicationRowKind.Outcome:
                expected.Add(("T3-2", where));
                break;
            case ApplicationRowKind.TotalProcessed:
                expected.Add(("T3-2", where));
                expected.Add(("T3-1", where));
                break;
            default:
                expected.Add(("T3-1", where));
                break;
        }

        if (value < 0)
        {
            expected.Add(("T3-4", Where.ApplicationsCell(row.Code, column)));
        }

        return expected;
    }
}

/// <summary>A generated report that satisfies every hard rule.</summary>
public sealed record ConsistentReport(AnnualReport Report)
{
    /// <inheritdoc />
    public override string ToString() => OpenGovInfo.Documents.Json.AnnualReportJsonWriter.Serialize(Report);
}

/// <summary>Which cell to change and by how much (never 0).</summary>
public sealed record CellChange(int Row, int Column, int Delta);

/// <summary>FsCheck generators for reports and single-cell changes.</summary>
public static class ReportArbitraries
{
    public static Arbitrary<ConsistentReport> Reports() =>
        (from format in Gen.Elements(ReportFormat.Format2021, ReportFormat.Trial2019)
         let n = ReportBuilder.OutcomeRowCount(format)
         from outcomes in Gen.Choose(0, 60).ArrayOf(n).ArrayOf(6)
         from forward in Gen.Choose(0, 20).ArrayOf(6)
         from share in Gen.Choose(0, 100).Select(x => x / 100.0).ArrayOf(6)
         from review in Gen.Choose(0, 30).ArrayOf(4).ArrayOf(3)
         from proactive in Gen.Choose(0, 500).ArrayOf(12)
         select new ConsistentReport(ReportBuilder.Consistent(format, outcomes, forward, share, review, proactive)))
        .ToArbitrary();

    public static Arbitrary<CellChange> Changes() =>
        (from row in Gen.Choose(0, 1000)
         from column in Gen.Choose(0, 1000)
         from delta in Gen.OneOf(Gen.Choose(1, 50), Gen.Choose(-80, -1))
         select new CellChange(row, column, delta))
        .ToArbitrary();
}
