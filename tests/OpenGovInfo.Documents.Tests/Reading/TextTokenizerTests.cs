using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Documents.Tests.Reading;

public sealed class TextTokenizerTests
{
    private static List<string> Runs(string text) =>
        [.. TextTokenizer.Tokenize(text).Where(t => t.IsNumber).Select(t => t.Text)];

    [Fact]
    public void A_lone_dash_holds_an_empty_cell_in_the_run_but_prose_dashes_stay_text()
    {
        Assert.Equal(["∅ ∅ 0 ∅ 3"], Runs("— — 0 — 3"));
        Assert.Empty(Runs("工作时间为周一——周五"));
        Assert.DoesNotContain(Runs("统计期为1月—12月"), r => r.Contains('∅', StringComparison.Ordinal));
    }

    [Fact]
    public void Wrapped_row_stays_one_run()
    {
        Assert.Equal(["0 0 0 0 0 0 0"], Runs("（二）部分公开\n\n0 0 0 0 0 0\n0\n\n（三）不"));
    }

    [Fact]
    public void Ordinal_glued_to_the_previous_row_goes_back_to_the_label()
    {
        var tokens = TextTokenizer.Tokenize("1.属于国家秘密00000002.其他法律行政法规禁止公开0000000");
        Assert.Equal(["0000000", "0000000"], tokens.Where(t => t.IsNumber).Select(t => t.Text));
        Assert.Contains(tokens, t => !t.IsNumber && t.Text.StartsWith("2.其他", StringComparison.Ordinal));
    }

    [Fact]
    public void Narrative_year_glued_after_a_value_is_not_a_cell()
    {
        Assert.Equal(["0"], Runs("行政事业性收费02025年，我局严格按照"));
        Assert.Equal(["2000002"], Runs("四、结转下年度继续办理20000022025年，我局共收到申请21件。"));
    }

    [Fact]
    public void Page_numbers_inside_tables_are_dropped()
    {
        Assert.Equal(["746 12 0", "11 0"], Runs("1.本机关 746 12 0\n（四）无\n\n\n-4-\n 法提供 2.没有 11 0"));
    }

    [Fact]
    public void Decimals_are_one_chunk()
    {
        Assert.Equal(["96171.6"], Runs("行政事业性收费    96171.6\n\n三、收到"));
    }
}
