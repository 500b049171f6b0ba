using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Domain.Tests.Publishing.Registers;

public class RegisterImportValidatorTests
{
    private static Dictionary<string, string> Doc(string kind, string title, string number, string issued, string repealed = "") =>
        new Dictionary<string, string>
        {
            ["类别"] = kind, ["标题"] = title, ["文号"] = number, ["发布日期"] = issued, ["废止日期"] = repealed,
        };

    private static Dictionary<string, string> Fee(string item, string yuan, string date) =>
        new Dictionary<string, string> { ["收费项目"] = item, ["收费金额（元）"] = yuan, ["收费日期"] = date };

    [Fact]
    public void Valid_rows_are_all_imported()
    {
        var result = RegisterImportValidator.ValidateNormativeDocuments(
        [
            Doc("行政规范性文件", "关于规范政务公开工作的通知", "某府规〔2024〕1号", "2024-03-01"),
            Doc("规章", "某市政府信息公开规定", "某市政府令第9号", "2020/1/5", "2024年6月30日"),
        ]);

        Assert.True(result.IsImported);
        Assert.Empty(result.Issues);
        Assert.Equal(2, result.Records.Count);
        Assert.Equal(new DateOnly(2024, 6, 30), result.Records[1].RepealedOn);
        Assert.Equal(RegisterDocumentKind.Regulation, result.Records[1].Kind);
    }

    [Fact]
    public void One_bad_row_means_nothing_is_imported_and_every_problem_is_reported()
    {
        var result = RegisterImportValidator.ValidateNormativeDocuments(
        [
            Doc("行政规范性文件", "A", "某府规〔2024〕1号", "2024-03-01"),        // row 2: fine
            Doc("行政规范性文件", "B", "某府规〔2024〕2号", "2024-02-30"),        // row 3: no 30 February
            Doc("通知", "", "某府规〔2024〕3号", "2024-04-01"),                   // row 4: bad kind, empty title
            Doc("规章", "D", "某府规〔2024〕1号", "2024-05-01"),                  // row 5: duplicates row 2's 文号
            Doc("规章", "E", "某府规〔2024〕5号", "2024-05-01", "2024-04-30"),    // row 6: repealed before issued
        ]);

        Assert.False(result.IsImported);
        Assert.Empty(result.Records);
        Assert.Equal(
            [(3, "发布日期"), (4, "类别"), (4, "标题"), (5, "文号"), (6, "废止日期")],
            result.Issues.Select(i => (i.RowNumber, i.Column)));
        Assert.Contains("第 2 行", result.Issues.Single(i => i.RowNumber == 5).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_column_is_reported_once_on_the_header_row()
    {
        var row = new Dictionary<string, string> { ["类别"] = "行政处罚", ["决定书文号"] = "某罚〔2024〕1号", ["决定日期"] = "2024-01-02" };
        var result = RegisterImportValidator.ValidateEnforcementDecisions([row, row]);
        Assert.Equal([(1, "当事人"), (1, "当事人类型")], result.Issues.Select(i => (i.RowNumber, i.Column)));
        Assert.Empty(result.Records);
    }

    [Fact]
    public void An_empty_file_is_not_an_import() =>
        Assert.False(RegisterImportValidator.ValidateFees([]).IsImported);

    [Fact]
    public void Decisions_keep_the_subject_and_mask_natural_persons_on_publication()
    {
        var result = RegisterImportValidator.ValidateEnforcementDecisions(
        [
            new Dictionary<string, string>
            {
                ["类别"] = "行政处罚", ["决定书文号"] = "某罚〔2024〕1号", ["决定日期"] = "2024-01-02",
                ["当事人"] = "张小明", ["当事人类型"] = "自然人",
            },
            new Dictionary<string, string>
            {
                ["类别"] = "行政许可", ["决定书文号"] = "某许〔2024〕8号", ["决定日期"] = "2024-01-03",
                ["当事人"] = "某某科技有限公司", ["当事人类型"] = "法人或其他组织",
            },
        ]);

        Assert.Equal(["张**", "某某科技有限公司"], result.Records.Select(r => r.Subject.PublicName));
        Assert.Equal("张小明", result.Records[0].Subject.Name);
        Assert.Equal([EnforcementDecisionKind.Penalty, EnforcementDecisionKind.Licensing], result.Records.Select(r => r.Kind));
    }

    [Fact]
    public void Fee_amounts_are_yuan_with_at_most_two_decimals_stored_as_fen()
    {
        var good = RegisterImportValidator.ValidateFees([Fee("信息处理费", "1234.5", "2024-05-06"), Fee("信息处理费", "0.01", "2024-05-07")]);
        Assert.Equal([123450L, 1L], good.Records.Select(r => r.AmountFen));

        var bad = RegisterImportValidator.ValidateFees(
            [Fee("信息处理费", "1.234", "2024-05-06"), Fee("信息处理费", "-5", "2024-05-06"), Fee("", "5", "2024-05-06"),
             Fee("信息处理费", "79228162514264337593543950335", "2024-05-06")]);
        Assert.Equal([(2, "收费金额（元）"), (3, "收费金额（元）"), (4, "收费项目"), (5, "收费金额（元）")], bad.Issues.Select(i => (i.RowNumber, i.Column)));
    }
}
