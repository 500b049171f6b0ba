namespace OpenGovInfo.Domain.Applications;

/// <summary>Where a case stands, derived from its events.</summary>
public enum CaseStatus
{
    /// <summary>办理中: the reply clock runs.</summary>
    Processing,

    /// <summary>待补正: a supplement notice was sent; the reply clock restarts when the supplement arrives (条例 第三十条).</summary>
    AwaitingSupplement,

    /// <summary>征求意见中: consultation time does not count (条例 第三十三条第三款).</summary>
    InConsultation,

    /// <summary>待缴费: a fee notice was sent (国办函〔2020〕109号).</summary>
    AwaitingPayment,

    /// <summary>已答复.</summary>
    Replied,

    /// <summary>已撤回.</summary>
    Withdrawn,

    /// <summary>视为放弃申请: no supplement in time (条例 第三十条).</summary>
    AbandonedNoSupplement,

    /// <summary>视为放弃申请: fee not paid in time (FEE-5).</summary>
    AbandonedFeeUnpaid,
}

/// <summary>Status helpers.</summary>
public static class CaseStatuses
{
    /// <summary>True when nothing more can happen to the case.</summary>
    public static bool IsClosed(this CaseStatus status) => status >= CaseStatus.Replied;

    /// <summary>The status in Chinese, for staff and applicants.</summary>
    public static string Name(this CaseStatus status) => status switch
    {
        CaseStatus.Processing => "办理中",
        CaseStatus.AwaitingSupplement => "待补正",
        CaseStatus.InConsultation => "征求意见中",
        CaseStatus.AwaitingPayment => "待缴费",
        CaseStatus.Replied => "已答复",
        CaseStatus.Withdrawn => "已撤回",
        CaseStatus.AbandonedNoSupplement => "逾期未补正，视为放弃申请",
        CaseStatus.AbandonedFeeUnpaid => "逾期未缴费，视为放弃申请",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
