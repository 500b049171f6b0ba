using OpenGovInfo.Documents.Registers;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Tests.Registers;

public sealed class XlsxReadingTests
{
    private static readonly object?[] Header = ["类别", "标题", "文号", "发布日期", "废止日期"];

    [Fact]
    public void Reads_the_first_sheet_with_dates_as_iso_and_numbers_as_invariant_text()
    {
        var xlsx = XlsxBuilder.Build(
            ["标题", "日期", "中文日期", "金额", "整数"],
            ["某规定", new DateOnly(2024, 3, 1), (new DateOnly(2023, 12, 31), "custom"), 12.5, 1200d]);

        var file = RegisterFileReader.Read("登记表.xlsx", xlsx);

        Assert.True(file.Succeeded, string.Join("; ", file.Issues));
        var row = Assert.Single(file.Rows);
        Assert.Equal("某规定", row["标题"]);
        Assert.Equal("2024-03-01", row["日期"]);
        Assert.Equal("2023-12-31", row["中文日期"]);
        Assert.Equal("12.5", row["金额"]);
        Assert.Equal("1200", row["整数"]);
    }

    [Fact]
    public void Skipped_rows_keep_excel_row_numbers()
    {
        var xlsx = XlsxBuilder.Build(((uint)1, ["标题"]), ((uint)2, ["甲"]), ((uint)4, ["丙"]));

        var file = RegisterFileReader.Read("a.xlsx", xlsx);

        Assert.Equal(["甲", "", "丙"], file.Rows.Select(r => r.GetValueOrDefault("标题", "")));
    }

    [Fact]
    public void A_valid_register_is_imported_end_to_end()
    {
        var xlsx = XlsxBuilder.Build(Header,
            ["规章", "某市政府信息公开规定", "某府规〔2024〕3号", new DateOnly(2024, 3, 1), null],
            ["行政规范性文件", "某市行政规范性文件管理办法", "某府发〔2020〕8号", new DateOnly(2020, 5, 20), new DateOnly(2024, 6, 30)]);

        var result = RegisterImportValidator.ValidateNormativeDocuments(RegisterFileReader.Read("a.xlsx", xlsx).Rows);

        Assert.True(result.IsImported, string.Join("; ", result.Issues));
        Assert.Equal(2, result.Records.Count);
        Assert.Equal(new DateOnly(2024, 3, 1), result.Records[0].IssuedOn);
        Assert.Equal(new DateOnly(2024, 6, 30), result.Records[1].RepealedOn);
        Assert.Equal(RegisterDocumentKind.NormativeDocument, result.Records[1].Kind);
    }

    [Fact]
    public void One_invalid_row_means_nothing_is_imported_and_the_report_names_the_excel_row()
    {
        var xlsx = XlsxBuilder.Build(Header,
            ["规章", "某市政府信息公开规定", "某府规〔2024〕3号", new DateOnly(2024, 3, 1), null],
            ["规章", "重复的文号", "某府规〔2024〕3号", new DateOnly(2024, 4, 1), null],
            ["通知", "类别不对", "某府发〔2024〕9号", "2024年13月1日", null]);

        var result = RegisterImportValidator.ValidateNormativeDocuments(RegisterFileReader.Read("a.xlsx", xlsx).Rows);

        Assert.False(result.IsImported);
        Assert.Empty(result.Records);
        Assert.Contains(result.Issues, i => i.RowNumber == 3 && i.Column == "文号");
        Assert.Contains(result.Issues, i => i.RowNumber == 4 && i.Column == "类别");
        Assert.Contains(result.Issues, i => i.RowNumber == 4 && i.Column == "发布日期");
    }

    [Fact]
    public void A_gbk_fee_csv_is_imported_end_to_end()
    {
        var csv = "收费项目,收费金额（元）,收费日期\r\n\"不动产登记费,住宅\",80.00,2024/1/5\r\n工本费,10,2024-02-01\r\n";

        // GBK comes from the code-pages provider; registering it here keeps the test independent of test order.
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var file = CsvReadingTests.Read(csv, System.Text.Encoding.GetEncoding(936));
        var result = RegisterImportValidator.ValidateFees(file.Rows);

        Assert.True(result.IsImported, string.Join("; ", result.Issues));
        Assert.Equal("不动产登记费,住宅", result.Records[0].FeeItem);
        Assert.Equal(8_000, result.Records[0].AmountFen);
        Assert.Equal(new DateOnly(2024, 2, 1), result.Records[1].CollectedOn);
    }

    [Theory]
    [InlineData("yyyy\"年\"m\"月\"d\"日\"", true)]
    [InlineData("[$-F800]dddd, mmmm dd, yyyy", true)]
    [InlineData("0.00", false)]
    [InlineData("\"day\"0", false)]
    [InlineData("[Red]0.00", false)]
    [InlineData("h:mm:ss", false)]
    public void Custom_date_formats_are_recognised(string code, bool isDate)
    {
        Assert.Equal(isDate, XlsxCellReader.IsDateFormatCode(code));
    }

    [Theory]
    [InlineData("A1", 0)]
    [InlineData("Z9", 25)]
    [InlineData("AA10", 26)]
    [InlineData("AB3", 27)]
    public void Column_letters_map_to_indexes(string reference, int index)
    {
        Assert.Equal(index, XlsxGridReader.ColumnIndex(reference));
    }
}
