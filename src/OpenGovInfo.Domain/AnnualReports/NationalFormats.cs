namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>The two national formats. Adding the next revision is one more definition here.</summary>
public static class NationalFormats
{
    private static readonly OutcomeCategory Withheld = new("withheld", "（三）不予公开");
    private static readonly OutcomeCategory Unable = new("unable", "（四）无法提供");
    private static readonly OutcomeCategory NotProcessed = new("not_processed", "（五）不予处理");
    private static readonly OutcomeCategory Other = new("other", "（六）其他处理");

    /// <summary>国办公开办函〔2021〕30号 (2021 reporting year onwards).</summary>
    public static AnnualReportFormat Format2021 { get; } = new(
        ReportFormat.Format2021,
        "国办公开办函〔2021〕30号",
        [
            new("第二十条第（一）项",
                [new(ReportCodes.Measures.IssuedThisYear, "本年制发件数"), new(ReportCodes.Measures.RepealedThisYear, "本年废止件数"), new(ReportCodes.Measures.InForce, "现行有效件数")],
                [new(ReportCodes.Items.Regulations, "规章"), new(ReportCodes.Items.NormativeDocuments, "行政规范性文件")]),
            new("第二十条第（五）项", [new(ReportCodes.Measures.DecisionsThisYear, "本年处理决定数量")],
                [new(ReportCodes.Items.AdministrativeLicensing, "行政许可")]),
            new("第二十条第（六）项", [new(ReportCodes.Measures.DecisionsThisYear, "本年处理决定数量")],
                [new(ReportCodes.Items.AdministrativePenalty, "行政处罚"), new(ReportCodes.Items.AdministrativeCoercion, "行政强制")]),
            new("第二十条第（八）项", [new(ReportCodes.Measures.Amount10kCny, "本年收费金额（单位：万元）", IsDecimal: true)],
                [new(ReportCodes.Items.AdministrativeFees, "行政事业性收费")]),
        ],
        [
            .. CommonRowsBeforeOther(),
            new("other.supplement_overdue", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", ApplicationRowKind.Outcome, Other),
            new(ReportCodes.Rows.FeeUnpaid, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", ApplicationRowKind.Outcome, Other),
            new("other.other", "3.其他", ApplicationRowKind.Outcome, Other),
            .. CommonRowsAfterOther(),
        ]);

    /// <summary>国办公开办函〔2019〕60号 trial format (2019 and 2020 reports).</summary>
    public static AnnualReportFormat Trial2019 { get; } = new(
        ReportFormat.Trial2019,
        "国办公开办函〔2019〕60号",
        [
            new("第二十条第（一）项",
                [new("newly_made", "本年新制作数量"), new("newly_published", "本年新公开数量"), new("total_published", "对外公开总数量")],
                [new(ReportCodes.Items.Regulations, "规章"), new(ReportCodes.Items.NormativeDocuments, "规范性文件")]),
            new("第二十条第（五）项", ItemCountMeasures(withDecisions: true),
                [new(ReportCodes.Items.AdministrativeLicensing, "行政许可"), new("other_external_services", "其他对外管理服务事项")]),
            new("第二十条第（六）项", ItemCountMeasures(withDecisions: true),
                [new(ReportCodes.Items.AdministrativePenalty, "行政处罚"), new(ReportCodes.Items.AdministrativeCoercion, "行政强制")]),
            new("第二十条第（八）项", ItemCountMeasures(withDecisions: false),
                [new(ReportCodes.Items.AdministrativeFees, "行政事业性收费")]),
            new("第二十条第（九）项",
                [new("procurement_items", "采购项目数量"), new("procurement_amount", "采购总金额", IsDecimal: true)],
                [new("government_procurement", "政府集中采购")]),
        ],
        [
            .. CommonRowsBeforeOther(),
            new("other", "（六）其他处理", ApplicationRowKind.Outcome, null),
            .. CommonRowsAfterOther(),
        ]);

    /// <summary>Both formats, newest first.</summary>
    public static IReadOnlyList<AnnualReportFormat> All { get; } = [Format2021, Trial2019];

    /// <summary>The definition of a format.</summary>
    public static AnnualReportFormat Get(ReportFormat format) =>
        format == ReportFormat.Trial2019 ? Trial2019 : Format2021;

    /// <summary>Looks a format up by its canonical JSON name ("2021" / "2019").</summary>
    public static AnnualReportFormat? FromJsonName(string? name) =>
        All.FirstOrDefault(f => string.Equals(f.JsonName, name, StringComparison.Ordinal));

    private static ProactiveMeasure[] ItemCountMeasures(bool withDecisions) => withDecisions
        ? [new("items_prev_year", "上一年项目数量"), new("items_delta", "本年增/减", IsSigned: true), new("decisions", "处理决定数量")]
        : [new("items_prev_year", "上一年项目数量"), new("items_delta", "本年增/减", IsSigned: true)];

    private static IEnumerable<ApplicationRowDefinition> CommonRowsBeforeOther() =>
    [
        new(ReportCodes.Rows.NewReceived, "一、本年新收政府信息公开申请数量", ApplicationRowKind.NewReceived, null),
        new(ReportCodes.Rows.CarriedOver, "二、上年结转政府信息公开申请数量", ApplicationRowKind.CarriedOver, null),
        new(ReportCodes.Rows.Granted, "（一）予以公开", ApplicationRowKind.Outcome, null),
        new(ReportCodes.Rows.PartiallyGranted, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", ApplicationRowKind.Outcome, null),
        new("withheld.state_secret", "1.属于国家秘密", ApplicationRowKind.Outcome, Withheld),
        new("withheld.prohibited_by_law", "2.其他法律行政法规禁止公开", ApplicationRowKind.Outcome, Withheld),
        new("withheld.security_stability", "3.危及“三安全一稳定”", ApplicationRowKind.Outcome, Withheld),
        new("withheld.third_party_rights", "4.保护第三方合法权益", ApplicationRowKind.Outcome, Withheld),
        new("withheld.internal_affairs", "5.属于三类内部事务信息", ApplicationRowKind.Outcome, Withheld),
        new("withheld.process_information", "6.属于四类过程性信息", ApplicationRowKind.Outcome, Withheld),
        new("withheld.law_enforcement_file", "7.属于行政执法案卷", ApplicationRowKind.Outcome, Withheld),
        new("withheld.administrative_query", "8.属于行政查询事项", ApplicationRowKind.Outcome, Withheld),
        new("unable.not_held", "1.本机关不掌握相关政府信息", ApplicationRowKind.Outcome, Unable),
        new("unable.requires_creation", "2.没有现成信息需要另行制作", ApplicationRowKind.Outcome, Unable),
        new("unable.unclear_after_supplement", "3.补正后申请内容仍不明确", ApplicationRowKind.Outcome, Unable),
        new("not_processed.petition_complaint", "1.信访举报投诉类申请", ApplicationRowKind.Outcome, NotProcessed),
        new("not_processed.duplicate", "2.重复申请", ApplicationRowKind.Outcome, NotProcessed),
        new("not_processed.publication", "3.要求提供公开出版物", ApplicationRowKind.Outcome, NotProcessed),
        new("not_processed.excessive_unreasonable", "4.无正当理由大量反复申请", ApplicationRowKind.Outcome, NotProcessed),
        new("not_processed.confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息", ApplicationRowKind.Outcome, NotProcessed),
    ];

    private static IEnumerable<ApplicationRowDefinition> CommonRowsAfterOther() =>
    [
        new(ReportCodes.Rows.TotalProcessed, "（七）总计", ApplicationRowKind.TotalProcessed, null),
        new(ReportCodes.Rows.CarriedForward, "四、结转下年度继续办理", ApplicationRowKind.CarriedForward, null),
    ];
}
