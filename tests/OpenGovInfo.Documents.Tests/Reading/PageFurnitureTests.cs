using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Page numbers and running headers between a table's rows are blanked; the body, and page 1's title, stay.</summary>
public sealed class PageFurnitureTests
{
    private const string Title = "某县审计局 2020 年政府信息公开工作年度报告";

    [Fact]
    public void Bare_page_number_and_running_header_between_rows_are_blanked()
    {
        var text = $"{Title}\n一、本年新收 1 2 3 4 5 6 21\n\n   1\n\f{Title}\n\n二、上年结转 0 0 0 0 0 0 0\n   2\n";
        var lines = PageLines.Split(text).Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        Assert.Equal([Title, "一、本年新收 1 2 3 4 5 6 21", "二、上年结转 0 0 0 0 0 0 0"], lines);
    }

    [Fact]
    public void Browser_footer_that_differs_only_in_its_page_number_is_blanked()
    {
        var text = $"{Title}\n一、本年新收 1 2 3 4 5 6 21\nhttps://www.example.gov.cn/art/2021/1/5/art_123.html 1/3\n\f"
            + "2021/1/5 下午3:45 政府信息公开\n二、上年结转 0 0 0 0 0 0 0\nhttps://www.example.gov.cn/art/2021/1/5/art_123.html 2/3\n\f"
            + "2021/1/5 下午3:45 政府信息公开\n三、本年度办理结果\nhttps://www.example.gov.cn/art/2021/1/5/art_123.html 3/3\n";
        var lines = PageLines.Split(text).Select(l => l.Text.Trim()).Where(t => t.Length > 0).ToList();
        Assert.Equal([Title, "一、本年新收 1 2 3 4 5 6 21", "二、上年结转 0 0 0 0 0 0 0", "三、本年度办理结果"], lines);
    }

    [Fact]
    public void A_row_of_figures_at_the_bottom_of_two_pages_is_kept()
    {
        var text = "标题\n甲\n0 0 0 0 0 0 0\n\f乙\n0 0 0 0 0 0 0\n";
        var lines = PageLines.Split(text).Count(l => l.Text == "0 0 0 0 0 0 0");
        Assert.Equal(2, lines);
    }

    [Theory]
    [InlineData("第 3 页")]
    [InlineData("第3页，共6页")]
    [InlineData("第3页 共6页")]
    [InlineData("- 3 -")]
    [InlineData("3/6")]
    public void Page_number_lines_are_blanked_anywhere(string line)
    {
        var lines = PageLines.Split($"表三\n{line}\n一、本年新收 1 0 0 0 0 0 1\n");
        Assert.Equal("", lines[1].Text);
    }

    [Fact]
    public void A_single_page_keeps_a_trailing_number()
    {
        var lines = PageLines.Split("表四\n3\n");
        Assert.Contains(lines, l => l.Text == "3");
    }
}
