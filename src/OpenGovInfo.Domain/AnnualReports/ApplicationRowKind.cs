namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>The role a Table 3 row plays in the reconciliation (勾稽关系).</summary>
public enum ApplicationRowKind
{
    /// <summary>一、本年新收 — 第一项.</summary>
    NewReceived,

    /// <summary>二、上年结转 — 第二项.</summary>
    CarriedOver,

    /// <summary>An outcome row under 三、本年度办理结果; each application counts in exactly one.</summary>
    Outcome,

    /// <summary>（七）总计 — 第三项.</summary>
    TotalProcessed,

    /// <summary>四、结转下年度继续办理 — 第四项.</summary>
    CarriedForward,
}
