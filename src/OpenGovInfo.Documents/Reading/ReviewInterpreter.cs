using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Reads Table 4 (one printed row of 15 numbers) from section 四. The first run that can fill 15 cells is split,
/// keeping splits where each group's 总计 equals its four results (T4-1). When the 15 numbers come as several runs
/// as several runs, they are read in printed order when they are table cells or balance as printed; otherwise (raw PDF
/// text in scrambled order) they are reordered and kept only if every ordering that satisfies T4-1 gives the same
/// table; otherwise the table stays null with a READ finding.
/// </summary>
internal static class ReviewInterpreter
{
    private const int Cells = 15;
    private const int MaxRuns = 6;

    /// <summary>Fills Table 4 of <paramref name="report"/> and adds READ findings.</summary>
    public static void Read(TokenContext context, AnnualReport report)
    {
        var runs = context.NumbersIn(4).Select(i => WithoutSurplusLeadingBlanks(context.Tokens[i])).ToList();
        var single = runs.FirstOrDefault(r => GluedDigitSplitter.Split(r.Chunks, Cells, 1).Splits.Count > 0);
        if (single is not null)
        {
            var (splits, truncated) = GluedDigitSplitter.Split(single.Chunks, Cells);
            var fitting = splits.Where(AllGroupsHold).ToList();
            var chosen = truncated ? [] : fitting.Count > 0 ? fitting : splits;
            Write(report, Agreed(chosen), single.Text, chosen.Count, single.Place);
            return;
        }

        if (Reordered(runs) is { } reordered)
        {
            Write(report, reordered.Cells, reordered.Raw, reordered.Ways, runs[0].Place);
            return;
        }

        report.ReviewLitigation = null;
        report.Findings.Add(ReadFindings.Unread("review_litigation",
            runs.Count == 0 ? "未找到表四（行政复议、行政诉讼情况）的数字" : "表四的数字无法组成15个单元格", runs.FirstOrDefault()?.Place));
    }

    /// <summary>
    /// A grid row of more than 15 cells whose surplus is blank cells at its start (an empty label column before the
    /// data) holds the 15 cells after them; blank cells inside the 15 keep their positions.
    /// </summary>
    private static ReadToken WithoutSurplusLeadingBlanks(ReadToken run)
    {
        var surplus = run.Chunks.Count - Cells;
        return surplus > 0 && run.Chunks.All(c => c.Exact) && run.Chunks.Take(surplus).All(c => c.Digits is null)
            ? ReadToken.Numbers([.. run.Chunks.Skip(surplus)], run.Place)
            : run;
    }

    private static (decimal?[] Cells, string Raw, int Ways)? Reordered(List<ReadToken> runs)
    {
        var taken = new List<ReadToken>();
        var count = 0;
        foreach (var run in runs)
        {
            taken.Add(run);
            count += run.Chunks.Count;
            if (count >= Cells)
            {
                break;
            }
        }

        if (count != Cells)
        {
            return null;
        }

        var raw = string.Join(" / ", taken.Select(t => t.Text));
        var printed = taken.SelectMany(t => t.Chunks).Select(c => Parse(c.Digits)).ToArray();
        if (taken.All(t => t.Chunks.All(c => c.Exact)) || AllGroupsHold(printed))
        {
            // Table cells (a grid) are in printed order by construction; page text in printed order that balances
            // is read as printed. Only unbalanced page text is a candidate for scrambled extraction order.
            return (printed, raw, 1);
        }

        if (taken.Count > MaxRuns)
        {
            return null;
        }

        var solutions = Permutations(taken.Count)
            .Select(order => order.SelectMany(k => taken[k].Chunks).Select(c => Parse(c.Digits)).ToArray())
            .Where(AllGroupsHold)
            .ToList();
        return solutions.Count == 0 ? null : (Agreed(solutions), raw, solutions.Distinct(CellsComparer.Instance).Count());
    }

    private static void Write(AnnualReport report, decimal?[] cells, string raw, int ways, SourcePlace place)
    {
        var groups = TableLayouts.ReviewGroups;
        for (var g = 0; g < groups.Count; g++)
        {
            var values = cells.Skip(g * ReviewLitigationTable.MeasureCount).Take(ReviewLitigationTable.MeasureCount)
                .Select(v => v is { } d && d == decimal.Truncate(d) && d <= int.MaxValue ? (int?)(int)d : null)
                .ToArray();
            ReportTables.ReviewLitigation(report).SetGroup(groups[g].Code, values);
            if (values.Any(v => v is null))
            {
                report.Findings.Add(ReadFindings.Unread($"review_litigation.{groups[g].Code}", ReadFindings.Ambiguous(raw, ways), place));
            }
        }
    }

    private static bool AllGroupsHold(decimal?[] cells)
    {
        for (var g = 0; g < Cells; g += ReviewLitigationTable.MeasureCount)
        {
            if (cells[g] + cells[g + 1] + cells[g + 2] + cells[g + 3] != cells[g + 4])
            {
                return false;
            }
        }

        return true;
    }

    private static decimal?[] Agreed(List<decimal?[]> candidates)
    {
        var result = new decimal?[Cells];
        if (candidates.Count == 0)
        {
            return result;
        }

        for (var c = 0; c < Cells; c++)
        {
            var first = candidates[0][c];
            result[c] = candidates.All(k => k[c] == first) ? first : null;
        }

        return result;
    }

    private static decimal? Parse(string? digits) =>
        decimal.TryParse(digits, System.Globalization.NumberStyles.AllowDecimalPoint,
            System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;

    private static IEnumerable<int[]> Permutations(int n)
    {
        var items = Enumerable.Range(0, n).ToArray();
        return Permute(items, 0);
    }

    private static IEnumerable<int[]> Permute(int[] items, int k)
    {
        if (k == items.Length)
        {
            yield return (int[])items.Clone();
            yield break;
        }

        for (var i = k; i < items.Length; i++)
        {
            (items[k], items[i]) = (items[i], items[k]);
            foreach (var p in Permute(items, k + 1))
            {
                yield return p;
            }

            (items[k], items[i]) = (items[i], items[k]);
        }
    }

    private sealed class CellsComparer : IEqualityComparer<decimal?[]>
    {
        public static readonly CellsComparer Instance = new();

        public bool Equals(decimal?[]? x, decimal?[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(decimal?[] obj) => obj.Aggregate(17, (h, v) => (h * 31) + (v?.GetHashCode() ?? 0));
    }
}
