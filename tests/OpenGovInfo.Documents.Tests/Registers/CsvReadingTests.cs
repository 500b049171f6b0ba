using System.Text;
using OpenGovInfo.Documents.Registers;

namespace OpenGovInfo.Documents.Tests.Registers;

public sealed class CsvReadingTests
{
    private const string Sample = "类别,标题,文号,发布日期\r\n规章,某市政府信息公开规定,某府规〔2024〕3号,2024-03-01\r\n";

    static CsvReadingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static RegisterFile Read(string text, Encoding encoding, string name = "登记表.csv") =>
        RegisterFileReader.Read(name, encoding.GetBytes(text));

    [Fact]
    public void Utf8_without_bom_is_read_with_chinese_headers()
    {
        var file = Read(Sample, new UTF8Encoding(false));

        Assert.True(file.Succeeded);
        var row = Assert.Single(file.Rows);
        Assert.Equal("某市政府信息公开规定", row["标题"]);
        Assert.Equal("2024-03-01", row["发布日期"]);
    }

    [Fact]
    public void Utf8_with_bom_does_not_leak_the_bom_into_the_first_header()
    {
        var file = RegisterFileReader.Read("a.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.True(file.Rows[0].ContainsKey("类别"));
    }

    [Theory]
    [InlineData(936)] // GBK, what Chinese Excel writes for "CSV (逗号分隔)"
    [InlineData(54936)] // GB18030
    public void Gbk_and_gb18030_exports_are_detected_and_decoded(int codePage)
    {
        var file = Read(Sample, Encoding.GetEncoding(codePage));

        Assert.True(file.Succeeded);
        Assert.Equal("某府规〔2024〕3号", file.Rows[0]["文号"]);
    }

    [Fact]
    public void Quoted_fields_keep_commas_newlines_and_doubled_quotes()
    {
        var csv = "标题,文号\n\"关于印发《办法》的通知，第一批\",\"某府〔2024〕1号\"\n\"第一行\r\n第二行\",\"说\"\"明\"\"\"\n";

        var file = Read(csv, Encoding.UTF8);

        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("关于印发《办法》的通知，第一批", file.Rows[0]["标题"]);
        Assert.Equal("第一行\r\n第二行", file.Rows[1]["标题"]);
        Assert.Equal("说\"明\"", file.Rows[1]["文号"]);
    }

    [Fact]
    public void Short_rows_are_padded_empty_cells_kept_and_trailing_blank_lines_dropped()
    {
        var file = Read("标题,文号,废止日期\na,b\nc,,\n\n,,\n", Encoding.UTF8);

        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("", file.Rows[0]["废止日期"]);
        Assert.Equal("", file.Rows[1]["文号"]);
    }

    [Fact]
    public void A_last_line_without_newline_and_a_trailing_comma_are_read()
    {
        var file = Read("标题,文号\na,", Encoding.UTF8);

        Assert.Equal("", Assert.Single(file.Rows)["文号"]);
    }
}
