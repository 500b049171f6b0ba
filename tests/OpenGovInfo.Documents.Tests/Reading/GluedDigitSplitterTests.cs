using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Documents.Tests.Reading;

public sealed class GluedDigitSplitterTests
{
    private static List<decimal?[]> Split(int cells, params string[] chunks) =>
        GluedDigitSplitter.Split([.. chunks.Select(c => new NumberChunk(c, false))], cells).Splits;

    private static List<decimal?[]> RowTotalHolds(List<decimal?[]> splits) =>
        [.. splits.Where(s => s.Take(6).Sum() == s[6])];

    [Fact]
    public void Glued_row_has_a_single_split_that_balances()
    {
        var fitting = RowTotalHolds(Split(7, "713000074"));
        Assert.Equal([71m, 3m, 0m, 0m, 0m, 0m, 74m], Assert.Single(fitting));
    }

    [Fact]
    public void Mixed_spaced_and_glued_runs()
    {
        Assert.Equal([16m, 0m, 0m, 2m, 0m, 0m, 18m], Assert.Single(RowTotalHolds(Split(7, "160", "02", "0", "018"))));
        Assert.Equal([1m, 0m, 0m, 0m, 0m, 0m, 1m], Assert.Single(RowTotalHolds(Split(7, "10", "0", "0", "0", "01"))));
    }

    [Fact]
    public void No_leading_zeros_except_a_lone_zero()
    {
        Assert.All(Split(3, "005"), s => Assert.Equal([0m, 0m, 5m], s));
        Assert.Empty(Split(2, "00"[..1]));
    }

    [Fact]
    public void Ambiguous_run_returns_every_split()
    {
        // 行政规范性文件 8855698: Table 2 has no arithmetic, several splits stay possible.
        Assert.True(Split(3, "8855698").Count > 1);
    }

    [Fact]
    public void Too_few_digits_for_the_cells_gives_no_split()
    {
        Assert.Empty(Split(7, "000000"));
    }

    [Fact]
    public void Exact_chunks_are_never_cut_and_blanks_stay_null()
    {
        var splits = GluedDigitSplitter.Split([new NumberChunk("447", true), new NumberChunk(null, true), new NumberChunk("96171.6", false)], 3).Splits;
        Assert.Equal([447m, null, 96171.6m], Assert.Single(splits));
    }

    [Fact]
    public void Enumeration_is_bounded()
    {
        var (splits, truncated) = GluedDigitSplitter.Split([new NumberChunk(new string('1', 60), false)], 15, limit: 100);
        Assert.True(truncated);
        Assert.Equal(100, splits.Count);
    }
}
