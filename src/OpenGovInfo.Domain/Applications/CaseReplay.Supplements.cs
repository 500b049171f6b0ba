using OpenGovInfo.Domain.Applications.Events;

namespace OpenGovInfo.Domain.Applications;

/// <summary>补正 (条例 第三十条).</summary>
internal sealed partial class CaseReplay
{
    private CaseError? OnSupplementRequested(SupplementRequested e)
    {
        // 条例 第三十条: 一次性告知 — one notice per round; a new round only after a supplement arrives (AP-3e).
        if (RequestedInThisPeriod)
        {
            return Error(CaseErrorCode.SupplementAlreadyRequested, "补正告知应一次性告知；本轮已发出补正告知，收到补正后方可再次告知。");
        }

        if (RequireStatus(CaseStatus.Processing) is { } error)
        {
            return error;
        }

        if (e.DueOn <= e.On)
        {
            return Error(CaseErrorCode.SupplementPeriodInvalid, "补正期限须晚于补正告知日期。");
        }

        // AP-3a: flag a notice after 7 working days from the (current) clock start.
        var late = Calendar.TryAddWorkingDays(ClockStart, SupplementNoticeWorkingDays, out var noticeDue) && e.On > noticeDue;
        Rounds.Add(new SupplementRound(Rounds.Count + 1, e.On, late, e.DueOn, null));
        RequestedInThisPeriod = true;
        return null;
    }

    private CaseError? OnSupplementReceived(SupplementReceived e)
    {
        if (RequireStatus(CaseStatus.AwaitingSupplement) is { } error)
        {
            return error;
        }

        // 条例 第三十条: 答复期限自行政机关收到补正的申请之日起计算 (AP-3c).
        Rounds[^1] = Rounds[^1] with { SupplementedOn = e.On };
        ClockStart = e.On;
        RequestedInThisPeriod = false;
        return null;
    }

    private CaseError? OnSupplementAbandoned(SupplementAbandoned e)
    {
        if (RequireStatus(CaseStatus.AwaitingSupplement) is { } error)
        {
            return error;
        }

        // 条例 第三十条: 申请人无正当理由逾期不补正的，视为放弃申请 — only once the period is over.
        return e.On <= Rounds[^1].DueOn
            ? Error(CaseErrorCode.PeriodNotOver, $"补正期限至 {Rounds[^1].DueOn:yyyy-MM-dd}，期限届满前不能视为放弃申请。")
            : Close(e.On, CaseStatus.AbandonedNoSupplement, ApplicationOutcome.SupplementOverdue);
    }
}
