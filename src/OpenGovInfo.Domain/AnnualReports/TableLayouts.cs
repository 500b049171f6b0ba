namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>The parts of the layout that the 2019 and 2021 formats share (Table 3 columns, Table 4, the sections).</summary>
public static class TableLayouts
{
    /// <summary>Top-left cell of Table 3: the official reconciliation note.</summary>
    public const string ReconciliationNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>Header spanning all applicant columns.</summary>
    public const string ApplicantHeader = "申请人情况";

    /// <summary>Header spanning the five organisation columns.</summary>
    public const string OrganisationHeader = "法人或其他组织";

    /// <summary>Merged row header over the outcome rows and （七）总计.</summary>
    public const string ResultsHeader = "三、本年度办理结果";

    /// <summary>Header spanning the two litigation groups of Table 4.</summary>
    public const string LitigationHeader = "行政诉讼";

    /// <summary>Table 3 columns in print order.</summary>
    public static IReadOnlyList<ApplicantColumn> Columns { get; } =
    [
        new("natural_person", "自然人", false, false),
        new("commercial_enterprise", "商业企业", true, false),
        new("research_institution", "科研机构", true, false),
        new("public_interest_org", "社会公益组织", true, false),
        new("legal_service_org", "法律服务机构", true, false),
        new("other_org", "其他", true, false),
        new("total", "总计", false, true),
    ];

    /// <summary>Index of the 总计 column (derived from <see cref="Columns"/>, so the two cannot disagree).</summary>
    public static int TotalColumn { get; } = IndexOfTotal(Columns, c => c.IsTotal);

    /// <summary>Number of Table 3 columns.</summary>
    public static int ColumnCount => Columns.Count;

    /// <summary>Table 4 groups in print order.</summary>
    public static IReadOnlyList<ReviewGroup> ReviewGroups { get; } =
    [
        new("reconsideration", "行政复议", null),
        new("litigation_without_reconsideration", "未经复议直接起诉", LitigationHeader),
        new("litigation_after_reconsideration", "复议后起诉", LitigationHeader),
    ];

    /// <summary>Table 4 result columns in print order (the same five in each group).</summary>
    public static IReadOnlyList<ReviewMeasure> ReviewMeasures { get; } =
    [
        new("upheld", "结果维持"),
        new("corrected", "结果纠正"),
        new("other", "其他结果"),
        new("pending", "尚未审结"),
        new("total", "总计", IsTotal: true),
    ];

    /// <summary>Index of Table 4's 总计 measure in each group (derived from <see cref="ReviewMeasures"/>).</summary>
    public static int ReviewTotalMeasure { get; } = IndexOfTotal(ReviewMeasures, m => m.IsTotal);

    /// <summary>The six sections with the heading variants seen in published reports.</summary>
    public static IReadOnlyList<ReportSection> Sections { get; } =
    [
        new("一", "一、总体情况", ReportCodes.Sections.Overview, []),
        new("二", "二、主动公开政府信息情况", null, ["二、行政机关主动公开政府信息情况"]),
        new("三", "三、收到和处理政府信息公开申请情况", null, ["三、行政机关收到和处理政府信息公开申请情况"]),
        new("四", "四、政府信息公开行政复议、行政诉讼情况", null,
            ["四、因政府信息公开工作被申请行政复议提起行政诉讼情况", "四、政府信息公开行政复议、行政诉讼情况"]),
        new("五", "五、存在的主要问题及改进情况", ReportCodes.Sections.ProblemsAndImprovements,
            ["五、政府信息公开工作存在的主要问题及改进情况"]),
        new("六", "六、其他需要报告的事项", ReportCodes.Sections.OtherMatters, []),
    ];

    private static int IndexOfTotal<T>(IReadOnlyList<T> list, Func<T, bool> isTotal)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (isTotal(list[i]))
            {
                return i;
            }
        }

        throw new InvalidOperationException("A table layout has no total.");
    }
}
