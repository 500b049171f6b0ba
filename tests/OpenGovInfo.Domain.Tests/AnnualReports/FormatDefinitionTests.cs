using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Tests.AnnualReports;

/// <summary>The format as data matches annual-report-format.md: counts, order, and the 2019 differences.</summary>
public class FormatDefinitionTests
{
    [Fact]
    public void The_2021_format_has_25_rows_7_columns_10_proactive_cells_and_15_review_cells()
    {
        var f = NationalFormats.Format2021;
        Assert.Equal(25, f.ApplicationRows.Count);
        Assert.Equal(7, f.Columns.Count);
        Assert.Equal(10, f.ProactiveBlocks.Sum(b => b.Items.Count * b.Measures.Count));
        Assert.Equal(15, f.ReviewGroups.Count * f.ReviewMeasures.Count);
        Assert.Equal(21, f.ApplicationRows.Count(r => r.Kind == ApplicationRowKind.Outcome));
    }

    [Fact]
    public void The_2019_format_has_a_single_other_row_and_five_article_20_blocks()
    {
        var f = NationalFormats.Trial2019;
        Assert.Equal(23, f.ApplicationRows.Count);
        Assert.Equal("（六）其他处理", f.Row("other").Label);
        Assert.Equal(-1, f.RowIndexOf("other.fee_unpaid"));
        Assert.Equal(5, f.ProactiveBlocks.Count);
        Assert.Equal("第二十条第（九）项", f.ProactiveBlocks[^1].Title);
        Assert.True(f.ProactiveBlocks[1].Measures.Single(m => m.Code == "items_delta").IsSigned);
    }

    [Fact]
    public void Codes_are_unique_and_rows_are_in_print_order()
    {
        foreach (var f in NationalFormats.All)
        {
            Assert.Equal(f.ApplicationRows.Count, f.ApplicationRows.Select(r => r.Code).Distinct().Count());
            Assert.Equal("new_received", f.ApplicationRows[0].Code);
            Assert.Equal("carried_forward_to_next_year", f.ApplicationRows[^1].Code);
            Assert.Equal("total_processed", f.ApplicationRows[^2].Code);
        }
    }

    [Theory]
    [InlineData("3.危及“三安全一稳定”", "3．危及\"三安全一稳定\"")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "(二)部分公开(区分处理的,只计这一情\n形,不计其他情形)")]
    [InlineData("自然人", "自然\n人")]
    public void Labels_match_after_normalising_width_quotes_and_whitespace(string official, string printed) =>
        Assert.True(LabelText.SameLabel(official, printed));
}
