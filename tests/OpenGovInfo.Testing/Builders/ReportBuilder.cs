using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Testing.Builders;

/// <summary>
/// Builds consistent reports from a few free numbers, so tests and properties start from a report that satisfies
/// every hard rule and then break exactly what they mean to break.
/// </summary>
public static class ReportBuilder
{
    /// <summary>
    /// A consistent report. <paramref name="outcomes"/> holds, per applicant column (6), a value per outcome row;
    /// <paramref name="carriedForward"/> and <paramref name="carriedOverShare"/> (0..1 of what is available) per column;
    /// <paramref name="review"/> the 4 result cells of each of the 3 Table 4 groups; <paramref name="proactive"/>
    /// one value per Table 2 cell. Totals are computed.
    /// </summary>
    public static AnnualReport Consistent(
        ReportFormat format,
        int[][] outcomes,
        int[] carriedForward,
        double[] carriedOverShare,
        int[][] review,
        int[] proactive)
    {
        var report = new AnnualReport(format) { Agency = null, Year = 2024 };
        var def = report.Definition;
        var table = report.Applications!;
        var outcomeRows = def.ApplicationRows.Where(r => r.Kind == ApplicationRowKind.Outcome).ToArray();
        for (var c = 0; c < TableLayouts.TotalColumn; c++)
        {
            var processed = 0;
            for (var o = 0; o < outcomeRows.Length; o++)
            {
                table[outcomeRows[o].Code, c] = outcomes[c][o];
                processed += outcomes[c][o];
            }

            var accounted = processed + carriedForward[c];
            var carriedOver = (int)Math.Floor(accounted * Math.Clamp(carriedOverShare[c], 0, 1));
            table["total_processed", c] = processed;
            table["carried_forward_to_next_year", c] = carriedForward[c];
            table["carried_over_from_previous_year", c] = carriedOver;
            table["new_received", c] = accounted - carriedOver;
        }

        foreach (var row in def.ApplicationRows)
        {
            var cells = table.Row(row.Code)!;
            cells[TableLayouts.TotalColumn] = cells.Take(TableLayouts.TotalColumn).Sum();
        }

        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            var v = review[g];
            report.ReviewLitigation!.SetGroup(TableLayouts.ReviewGroups[g].Code, [v[0], v[1], v[2], v[3], v[0] + v[1] + v[2] + v[3]]);
        }

        var i = 0;
        foreach (var block in def.ProactiveBlocks)
        {
            foreach (var item in block.Items)
            {
                report.Proactive!.SetValues(item.Code, [.. block.Measures.Select(_ => (decimal?)proactive[i++ % proactive.Length])]);
            }
        }

        return report;
    }

    /// <summary>Number of outcome rows of a format (21 in 2021, 19 in 2019).</summary>
    public static int OutcomeRowCount(ReportFormat format) =>
        NationalFormats.Get(format).ApplicationRows.Count(r => r.Kind == ApplicationRowKind.Outcome);

    /// <summary>A consistent report with every cell derived from a seed (for example-based tests).</summary>
    public static AnnualReport Sample(ReportFormat format = ReportFormat.Format2021, int seed = 7)
    {
        var random = new Random(seed);
        var n = OutcomeRowCount(format);
        return Consistent(
            format,
            [.. Enumerable.Range(0, 6).Select(_ => Enumerable.Range(0, n).Select(_ => random.Next(0, 9)).ToArray())],
            [.. Enumerable.Range(0, 6).Select(_ => random.Next(0, 5))],
            [.. Enumerable.Range(0, 6).Select(_ => random.NextDouble() / 3)],
            [.. Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 4).Select(_ => random.Next(0, 6)).ToArray())],
            [.. Enumerable.Range(0, 12).Select(_ => random.Next(0, 30))]);
    }
}
