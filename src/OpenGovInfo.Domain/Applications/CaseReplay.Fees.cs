using OpenGovInfo.Domain.Applications.Events;

namespace OpenGovInfo.Domain.Applications;

/// <summary>Fees (国办函〔2020〕109号) and the reply (条例 第三十六条).</summary>
internal sealed partial class CaseReplay
{
    private CaseError? OnFeeNotice(FeeNoticeIssued e)
    {
        if (RequireStatus(CaseStatus.Processing, CaseStatus.InConsultation) is { } error)
        {
            return error;
        }

        // FEE-1: one method per application, so one notice; FEE-5: within the processing period.
        var refusal = Fee is not null ? "每件申请只能发出一次收费通知（只能选择一种计收方式）。"
            : e.AmountFen <= 0 ? "收费金额须大于零。"
            : e.ReceivedOn < e.On ? "申请人收到收费通知的日期不能早于发出日期。"
            : ReplyDue(CurrentReplyWorkingDays, closedOn: null) is { } due && e.On > due ? $"收费通知须在答复期限（{due:yyyy-MM-dd}）内发出。"
            : null;
        if (refusal is not null)
        {
            return Error(CaseErrorCode.FeeNotAllowed, refusal);
        }

        // FEE-5: 收到收费通知次日起20个工作日内缴纳.
        var window = SetDeadline(e.ReceivedOn, FeeNotice.PaymentWorkingDays, "国办函〔2020〕109号");
        Fee = new FeeNotice(e.On, e.ReceivedOn, e.Method, e.AmountFen, window, null);
        return null;
    }

    private CaseError? OnFeePaid(FeePaid e)
    {
        if (RequireStatus(CaseStatus.AwaitingPayment) is { } error)
        {
            return error;
        }

        var fee = FeeAwaitingPayment();
        if (fee.PaymentDeadline is { } window && e.On > window.Due)
        {
            return Error(CaseErrorCode.PaymentPeriodOver, $"缴费期限已于 {window.Due:yyyy-MM-dd} 届满，逾期未缴费视为放弃申请。");
        }

        Fee = fee with { PaidOn = e.On };
        return null;
    }

    private CaseError? OnFeeAbandoned(FeeAbandoned e)
    {
        if (RequireStatus(CaseStatus.AwaitingPayment) is { } error)
        {
            return error;
        }

        return FeeAwaitingPayment().PaymentDeadline is { } window && e.On <= window.Due
            ? Error(CaseErrorCode.PeriodNotOver, $"缴费期限至 {window.Due:yyyy-MM-dd}，期限届满前不能视为放弃申请。")
            : Close(e.On, CaseStatus.AbandonedFeeUnpaid, ApplicationOutcome.FeeUnpaid);
    }

    private CaseError? OnReplied(Replied e)
    {
        if (RequireStatus(CaseStatus.Processing, CaseStatus.InConsultation) is { } error)
        {
            return error;
        }

        // （六）1 and （六）2 come only from the deemed-abandonment events; （四）3 needs a supplement first (AP-3d).
        if (e.Outcome == ApplicationOutcome.SupplementOverdue || e.Outcome == ApplicationOutcome.FeeUnpaid)
        {
            return Error(CaseErrorCode.OutcomeNotAllowed, "“逾期不补正”“逾期未缴费”须通过“视为放弃申请”记录，不能作为答复结果。");
        }

        return e.Outcome == ApplicationOutcome.UnclearAfterSupplement && !Rounds.Exists(r => r.SupplementedOn is not null)
            ? Error(CaseErrorCode.OutcomeNotAllowed, "“补正后申请内容仍不明确”须在收到补正之后才能作出。")
            : Close(e.On, CaseStatus.Replied, e.Outcome);
    }

    /// <summary>The fee notice of a case awaiting payment (the notice is what put it there).</summary>
    private FeeNotice FeeAwaitingPayment() =>
        Fee ?? throw new InvalidOperationException("A case awaiting payment has no fee notice.");
}
