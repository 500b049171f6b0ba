using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// The district view. I2: every expected unit published a report for the year, on time (条例 第四十九条);
/// I1: a report declared to aggregate the units (全区汇总) has, in every cell of tables 三 and 四, the sum of the
/// units' cells — undecided while a unit's report or cell is missing.
/// </summary>
public static class RollUp
{
    /// <summary>Each expected unit matched to its report for <paramref name="year"/> (null when none).</summary>
    public static List<(string Unit, PublishedReport? Report)> Match(IReadOnlyList<string> units, IReadOnlyList<PublishedReport> reports, int year)
    {
        ArgumentNullException.ThrowIfNull(units);
        ArgumentNullException.ThrowIfNull(reports);
        var ofYear = reports.Where(r => r.Year == year && r.Agency is not null).ToList();
        var used = new HashSet<PublishedReport>();
        var matched = new List<(string, PublishedReport?)>();
        // Exact names first, so an abbreviation cannot take a report that names its unit in full.
        var exact = units.ToDictionary(u => u, u => ofYear.FirstOrDefault(r => r.Agency is { } agency && AgencyNames.Same(u, agency)));
        foreach (var r in exact.Values.OfType<PublishedReport>())
        {
            used.Add(r);
        }

        foreach (var unit in units)
        {
            var report = exact[unit] ?? ofYear.FirstOrDefault(r => !used.Contains(r) && r.Agency is { } agency && AgencyNames.Compatible(unit, agency));
            if (report is not null)
            {
                used.Add(report);
            }

            matched.Add((unit, report));
        }

        return matched;
    }

    /// <summary>I2 findings for the district.</summary>
    public static List<AuditFinding> Coverage(IReadOnlyList<(string Unit, PublishedReport? Report)> matched, int year)
    {
        ArgumentNullException.ThrowIfNull(matched);
        var findings = new List<AuditFinding>();
        foreach (var (unit, report) in matched)
        {
            if (report is null)
            {
                findings.Add(new AuditFinding("I2", AuditSeverity.Error, "unit:" + unit,
                    $"{unit}没有{year}年度报告（应报尽报）", [new Evidence(Excerpt: unit)]));
                continue;
            }

            var (due, _) = TimelinessChecks.DueDate(report.Agency, year);
            if (report.Published is { } published && published.Date > due)
            {
                findings.Add(new AuditFinding("I2", AuditSeverity.Error, "unit:" + unit,
                    $"{unit}的{year}年度报告{published.SourceName}为{Day(published.Date)}，晚于{Day(due)}",
                    [new Evidence(Value: Day(published.Date), Excerpt: report.Source)]));
            }
            else if (report.Published is null)
            {
                findings.Add(AuditFinding.Undecided("I2", AuditSeverity.Error, "unit:" + unit,
                    $"{unit}的{year}年度报告没有发布日期，无法判断是否按时发布", new Evidence(Excerpt: report.Source)));
            }
        }

        return findings;
    }

    /// <summary>I1 findings for an aggregate report against its members.</summary>
    public static List<AuditFinding> Aggregate(PublishedReport aggregate, IReadOnlyList<(string Unit, PublishedReport? Report)> members)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(members);
        var missing = members.Where(m => m.Report is null).Select(m => m.Unit).ToList();
        if (missing.Count > 0)
        {
            return [AuditFinding.Undecided("I1", AuditSeverity.Error, "aggregate",
                $"缺少{missing.Count}个单位的报告（{string.Join("、", missing.Take(5))}{(missing.Count > 5 ? "等" : "")}），无法核对汇总数", new Evidence(Excerpt: aggregate.Source))];
        }

        var sums = new Dictionary<string, (int Sum, bool Known)>(StringComparer.Ordinal);
        foreach (var (path, value) in members.Select(m => m.Report).OfType<PublishedReport>().SelectMany(Cells))
        {
            var (sum, known) = sums.GetValueOrDefault(path, (0, true));
            sums[path] = value is { } v ? (sum + (int)v, known) : (sum, false);
        }

        var findings = new List<AuditFinding>();
        var undecided = 0;
        foreach (var (path, value) in Cells(aggregate))
        {
            var (sum, known) = sums.GetValueOrDefault(path, (0, false));
            if (value is null || !known)
            {
                undecided++;
            }
            else if (value != sum)
            {
                findings.Add(new AuditFinding("I1", AuditSeverity.Error, path,
                    $"汇总报告 {path} 为{value}，{members.Count}个单位之和为{sum}",
                    [Evidence.OfCell(path, value), new Evidence("Σ " + path, sum.ToString(CultureInfo.InvariantCulture))]));
            }
        }

        if (undecided > 0)
        {
            findings.Add(AuditFinding.Undecided("I1", AuditSeverity.Error, "aggregate.unknown_cells",
                $"{undecided}个单元格在汇总报告或某单位报告中为空或未读取，未核对"));
        }

        return findings;
    }

    private static IEnumerable<(string Path, decimal? Value)> Cells(PublishedReport report) =>
        TableDifferences.Cells(report.Report).Where(c => !c.Path.StartsWith("proactive.", StringComparison.Ordinal));

    private static string Day(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
