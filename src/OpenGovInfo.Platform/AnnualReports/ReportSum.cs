using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The element-wise sum of compiled reports (Tables 二–四, the overview's counts, the fees and the drill-down lists).
/// Every rule of the format is linear in the cells, so a sum of reports that keep the rules keeps them too; summing
/// instead of re-counting over the district's records keeps each agency's number traceable in the total.
/// </summary>
public static class ReportSum
{
    /// <summary>Adds <paramref name="parts"/> into a new report of the 2021 format for <paramref name="agency"/>.</summary>
    /// <remarks>An unknown cell in any part makes the total unknown: a sum that silently treats it as 0 would be a made-up number.</remarks>
    public static CompiledReport Of(int agencyId, string agency, int year, IReadOnlyList<CompiledReport> parts)
    {
        var report = new AnnualReport(ReportFormat.Format2021) { Agency = agency, Year = year };
        var definition = report.Definition;

        for (var r = 0; r < definition.ApplicationRows.Count; r++)
        {
            var code = definition.ApplicationRows[r].Code;
            var cells = new int?[TableLayouts.ColumnCount];
            for (var c = 0; c < cells.Length; c++)
            {
                cells[c] = SumOf(parts.Select(p => p.Report.Applications?.Cell(r, c)));
            }

            CompiledTables.Applications(report).SetRow(code, cells);
        }

        for (var index = 0; index < TableLayouts.ReviewGroups.Count; index++)
        {
            var group = TableLayouts.ReviewGroups[index];
            var cells = new int?[ReviewLitigationTable.MeasureCount];
            for (var m = 0; m < cells.Length; m++)
            {
                cells[m] = SumOf(parts.Select(p => p.Report.ReviewLitigation?.GroupAt(index)?[m]));
            }

            CompiledTables.ReviewLitigation(report).SetGroup(group.Code, cells);
        }

        foreach (var item in definition.ProactiveItems)
        {
            var count = definition.Block(item.Code).Measures.Count;
            var values = new decimal?[count];
            for (var m = 0; m < count; m++)
            {
                var all = parts.Select(p => p.Report.Proactive?.Values(item.Code)?[m]).ToList();
                values[m] = all.Any(v => v is null) ? null : all.Sum(v => v ?? 0);
            }

            CompiledTables.Proactive(report).SetValues(item.Code, values);
        }

        var published = new ProactiveCounts(
            parts.Sum(p => p.Published.Total),
            [.. (parts.Count == 0 ? [] : parts[0].Published.ByCategory).Select(c =>
                (c.Code, c.Name, parts.Sum(p => p.Published.ByCategory.Where(x => x.Code == c.Code).Sum(x => x.Count))))]);
        var fees = parts.Sum(p => p.FeesCollectedFen);
        // The total's drill-down lists are only read when someone drills down; concatenating and sorting every member's
        // lists (eight ids per case) up front was most of the roll-up's time. Built on first use from the members' lists.
        var sources = new LazySources(() =>
        {
            var all = new Dictionary<string, CellSources>(StringComparer.Ordinal);
            foreach (var group in parts.SelectMany(p => p.Sources).GroupBy(s => s.Key, StringComparer.Ordinal))
            {
                // Record ids are unique across agencies (one table per kind), so the union is the concatenation.
                var ids = group.SelectMany(s => s.Value.Ids).ToArray();
                Array.Sort(ids);
                all[group.Key] = new CellSources(group.First().Value.Kind, ids);
            }

            return all;
        });
        report.Sections[ReportCodes.Sections.Overview] = NarrativeDrafts.Overview(agency, year, published, CompiledTables.Applications(report));
        report.Sections[ReportCodes.Sections.ProblemsAndImprovements] = NarrativeDrafts.ToFill;
        report.Sections[ReportCodes.Sections.OtherMatters] = NarrativeDrafts.OtherMatters(year, fees);
        return new CompiledReport(agencyId, report, sources, published, fees);
    }

    private static int? SumOf(IEnumerable<int?> values)
    {
        var total = 0;
        foreach (var value in values)
        {
            if (value is not { } v)
            {
                return null;
            }

            total += v;
        }

        return total;
    }
}
