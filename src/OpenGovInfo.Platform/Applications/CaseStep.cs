using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.Applications;

/// <summary>What staff record on a case (the reply itself goes through <see cref="ReplyLetters"/>).</summary>
public enum CaseStepKind
{
    /// <summary>发出补正告知.</summary>
    RequestSupplement,

    /// <summary>收到补正.</summary>
    ReceiveSupplement,

    /// <summary>逾期未补正，视为放弃.</summary>
    AbandonNoSupplement,

    /// <summary>发出征求意见.</summary>
    StartConsultation,

    /// <summary>征求意见结束（收到意见）.</summary>
    EndConsultation,

    /// <summary>延长答复期限（审批领导）.</summary>
    ApproveExtension,

    /// <summary>发出收费通知.</summary>
    IssueFeeNotice,

    /// <summary>缴费.</summary>
    RecordPayment,

    /// <summary>逾期未缴费，视为放弃.</summary>
    AbandonFeeUnpaid,

    /// <summary>确定延后答复期限（条例 第三十五条，审批领导）.</summary>
    DeferReply,

    /// <summary>申请人撤回.</summary>
    Withdraw,
}

/// <summary>A step as entered on the case page or through the API; which fields count depends on <see cref="Kind"/>.</summary>
public sealed record CaseStep
{
    /// <summary>The step.</summary>
    public required CaseStepKind Kind { get; init; }

    /// <summary>The legal date of the act (notice issued, supplement received, approval…).</summary>
    public required DateOnly On { get; init; }

    /// <summary>补正期限 / the later reply date (第三十五条).</summary>
    public DateOnly? DueOn { get; init; }

    /// <summary>Supplement by post or fax: the channel of 条例 第三十一条.</summary>
    public ReceiptChannel? Channel { get; init; }

    /// <summary>Supplement: the day of signature or confirmation when the channel needs one.</summary>
    public DateOnly? ConfirmedOn { get; init; }

    /// <summary>Consultation: the party consulted (its id within the case).</summary>
    public string? Party { get; init; }

    /// <summary>Consultation: third party or co-producing agency.</summary>
    public ConsultationKind? ConsultationKind { get; init; }

    /// <summary>Consultation: the day the party received the letter; extension: the day the applicant was told; fee: the day the applicant received the notice.</summary>
    public DateOnly? DeliveredOn { get; init; }

    /// <summary>Extension: working days (1–20).</summary>
    public int? WorkingDays { get; init; }

    /// <summary>Fee: the one method.</summary>
    public FeeMethod? FeeMethod { get; init; }

    /// <summary>Fee: pages (按量计收).</summary>
    public int? Pages { get; init; }

    /// <summary>What the notice asked for, why, or any note for the record.</summary>
    public string? Note { get; init; }

    /// <summary>The step's name in Chinese.</summary>
    public static string Name(CaseStepKind kind) => kind switch
    {
        CaseStepKind.RequestSupplement => "发出补正告知",
        CaseStepKind.ReceiveSupplement => "收到补正",
        CaseStepKind.AbandonNoSupplement => "逾期未补正，视为放弃",
        CaseStepKind.StartConsultation => "发出征求意见",
        CaseStepKind.EndConsultation => "征求意见结束",
        CaseStepKind.ApproveExtension => "批准延长答复期限",
        CaseStepKind.IssueFeeNotice => "发出收费通知",
        CaseStepKind.RecordPayment => "记录缴费",
        CaseStepKind.AbandonFeeUnpaid => "逾期未缴费，视为放弃",
        CaseStepKind.DeferReply => "确定延后答复期限（第三十五条）",
        _ => "申请人撤回",
    };

    /// <summary>Steps only the approver (审批领导) records.</summary>
    public static bool NeedsApprover(CaseStepKind kind) => kind is CaseStepKind.ApproveExtension or CaseStepKind.DeferReply;
}
