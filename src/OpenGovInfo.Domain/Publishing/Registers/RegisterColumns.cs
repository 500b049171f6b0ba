namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>The Chinese column headers of the register import files.</summary>
public static class RegisterColumns
{
    /// <summary>类别.</summary>
    public const string Kind = "类别";

    /// <summary>标题.</summary>
    public const string Title = "标题";

    /// <summary>文号.</summary>
    public const string DocumentNumber = "文号";

    /// <summary>发布日期.</summary>
    public const string IssuedOn = "发布日期";

    /// <summary>废止日期 (optional column; empty while in force).</summary>
    public const string RepealedOn = "废止日期";

    /// <summary>决定书文号.</summary>
    public const string DecisionNumber = "决定书文号";

    /// <summary>决定日期.</summary>
    public const string DecidedOn = "决定日期";

    /// <summary>当事人.</summary>
    public const string Subject = "当事人";

    /// <summary>当事人类型: 自然人 or 法人或其他组织.</summary>
    public const string SubjectType = "当事人类型";

    /// <summary>收费项目.</summary>
    public const string FeeItem = "收费项目";

    /// <summary>收费金额（元）, yuan with at most two decimals.</summary>
    public const string AmountYuan = "收费金额（元）";

    /// <summary>收费日期.</summary>
    public const string CollectedOn = "收费日期";
}
