using System.Text;
using OpenGovInfo.Documents.Registers;

namespace OpenGovInfo.Documents.Tests.Registers;

public sealed class RegisterFileErrorTests
{
    private static string OnlyMessage(RegisterFile file)
    {
        Assert.False(file.Succeeded);
        Assert.Empty(file.Rows);
        return Assert.Single(file.Issues).Message;
    }

    [Fact]
    public void Empty_and_blank_files_are_refused()
    {
        Assert.Equal("文件为空", OnlyMessage(RegisterFileReader.Read("a.csv", [])));
        Assert.Equal("文件为空", OnlyMessage(CsvReadingTests.Read("\r\n,,\r\n", Encoding.UTF8)));
    }

    [Fact]
    public void A_blank_header_row_is_reported_on_row_1()
    {
        var file = CsvReadingTests.Read(",,\n规章,标题,文号\n", Encoding.UTF8);

        Assert.Equal(1, Assert.Single(file.Issues).RowNumber);
        Assert.Contains("列名", file.Issues[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_headers_are_reported_with_their_columns()
    {
        var file = CsvReadingTests.Read("标题,文号,标题\na,b,c\n", Encoding.UTF8);

        var issue = Assert.Single(file.Issues);
        Assert.Equal((1, "标题"), (issue.RowNumber, issue.Column));
        Assert.Equal("列名“标题”重复（第 1 列、第 3 列）", issue.Message);
    }

    [Fact]
    public void Too_many_rows_are_refused()
    {
        var csv = "标题\n" + string.Concat(Enumerable.Repeat("x\n", 11));

        var file = RegisterFileReader.Read("a.csv", Encoding.UTF8.GetBytes(csv), new RegisterFileLimits(MaxRows: 10));

        Assert.Equal("数据行过多（11 行，上限 10 行）", OnlyMessage(file));
    }

    [Fact]
    public async Task Too_large_files_are_refused_while_reading()
    {
        var bytes = Encoding.UTF8.GetBytes("标题\n" + new string('x', 5_000));

        var file = await RegisterFileReader.ReadAsync("a.csv", new MemoryStream(bytes), new RegisterFileLimits(MaxBytes: 1_024));

        Assert.Equal("文件超过大小上限（1 KB）", OnlyMessage(file));
    }

    [Fact]
    public void Files_that_are_neither_csv_nor_xlsx_are_refused()
    {
        Assert.Equal("不是 CSV 或 XLSX 文件", OnlyMessage(RegisterFileReader.Read("a.pdf", "%PDF-1.4"u8.ToArray())));
        Assert.Contains("旧版 Excel", OnlyMessage(RegisterFileReader.Read("a.xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1])),
            StringComparison.Ordinal);
        Assert.Equal("文件不是文本格式的 CSV", OnlyMessage(RegisterFileReader.Read("a.csv", Attachments.SampleFiles.Png())));
        Assert.Equal("不是 XLSX 表格文件", OnlyMessage(RegisterFileReader.Read("a.xlsx", Attachments.SampleFiles.Docx())));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_on_the_row_where_it_opens()
    {
        var file = CsvReadingTests.Read("标题,文号\na,b\n\"c,d\ne,f\n", Encoding.UTF8);

        var issue = Assert.Single(file.Issues);
        Assert.Equal(3, issue.RowNumber);
        Assert.Equal("第 3 行的引号没有闭合", issue.Message);
    }

    [Fact]
    public void Data_under_no_header_is_reported_not_dropped()
    {
        var file = CsvReadingTests.Read("标题,文号\na,b,多余\n", Encoding.UTF8);

        var issue = Assert.Single(file.Issues);
        Assert.Equal(2, issue.RowNumber);
        Assert.Equal("第 3 列有数据“多余”但没有列名", issue.Message);
    }

    [Fact]
    public void A_zip_bomb_posing_as_xlsx_is_refused_before_parsing()
    {
        var file = RegisterFileReader.Read("a.xlsx", Attachments.SampleFiles.ZerosDocx(20 * 1024 * 1024));

        Assert.Contains("疑似压缩炸弹", OnlyMessage(file), StringComparison.Ordinal);
    }
}
