using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// Staff record a step of a case: the step becomes a domain event, the domain refuses it or derives the new status
/// and deadlines, and the event and the row are written in one transaction guarded by the log's length, so that two
/// officers acting at once cannot both append.
/// </summary>
public sealed class RecordCaseStep(OpenGovInfoDbContext db, CalendarStore calendars, ClockSettings settings, TimeProvider clock)
{
    /// <summary>Longest note kept.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Runs the use case.</summary>
    public async Task<Result<ApplicationCase>> RunAsync(int agencyId, int applicationId, CaseStep step, CaseActor actor, CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var log = await CaseLog.LoadAsync(db, calendar, settings, applicationId, cancellationToken);
        if (log is null || log.Row.AgencyId != agencyId)
        {
            return Result.Failure<ApplicationCase>(Error.NotFound("该申请"));
        }

        if (CaseStep.NeedsApprover(step.Kind) ? !actor.IsApproverOf(agencyId) : !actor.IsOfficerOf(agencyId))
        {
            return Result.Failure<ApplicationCase>(new Error(ErrorCodes.Forbidden,
                CaseStep.NeedsApprover(step.Kind) ? "此步骤须由本机关审批领导办理。" : "此步骤须由本机关信息员办理。"));
        }

        var today = ChinaTime.Today(clock);
        if (step.On > today)
        {
            return Result.Failure<ApplicationCase>(new Error(ErrorCodes.Invalid, "办理日期不能晚于今天。", "On"));
        }

        if (step.Note is { Length: > MaxNoteLength })
        {
            return Result.Failure<ApplicationCase>(new Error(ErrorCodes.Invalid, $"说明不能超过 {MaxNoteLength} 字。", "Note"));
        }

        var built = await BuildAsync(log, step, actor, cancellationToken);
        if (!built.IsSuccess)
        {
            return Result.Failure<ApplicationCase>([.. built.Errors]);
        }

        var appended = log.Case.Append(built.Value);
        if (!appended.IsSuccess)
        {
            return Result.Failure<ApplicationCase>(new Error(ErrorCodes.Refused, appended.Error.Message));
        }

        var next = appended.Case;

        var error = await CaseAppend.SaveAsync(db, log, next, built.Value, actor, step.Note?.Trim(), clock.GetUtcNow().ToUniversalTime(), today, null, cancellationToken);
        if (error is not null)
        {
            return Result.Failure<ApplicationCase>(error);
        }

        return Result.Success(next);
    }

    private async Task<Result<ApplicationEvent>> BuildAsync(CaseLog log, CaseStep step, CaseActor actor, CancellationToken cancellationToken)
    {
        static Result<ApplicationEvent> Missing(string field, string message) => Result.Failure<ApplicationEvent>(new Error(ErrorCodes.Invalid, message, field));
        var on = step.On;
        switch (step.Kind)
        {
            case CaseStepKind.RequestSupplement:
                return step.DueOn is { } due ? Result.Success<ApplicationEvent>(new SupplementRequested(on, due))
                    : Missing("DueOn", "请填写补正期限（合理的补正期限由本机关确定）。");
            case CaseStepKind.ReceiveSupplement:
                var channel = step.Channel ?? ReceiptChannel.InPerson;
                var receipt = ReceiptDate.Determine(channel, new ReceiptFacts(on, channel == ReceiptChannel.PostSigned ? step.ConfirmedOn : null,
                    channel is ReceiptChannel.PostUnsigned or ReceiptChannel.Internet or ReceiptChannel.Fax ? step.ConfirmedOn ?? (channel == ReceiptChannel.Internet ? on : null) : null));
                return receipt.IsSuccess ? Result.Success<ApplicationEvent>(new SupplementReceived(receipt.ReceivedOn.Value))
                    : Missing("ConfirmedOn", receipt.Error.Message);
            case CaseStepKind.AbandonNoSupplement:
                return Result.Success<ApplicationEvent>(new SupplementAbandoned(on));
            case CaseStepKind.StartConsultation:
                var party = step.Party?.Trim();
                if (string.IsNullOrEmpty(party) || party.Length > 100)
                {
                    return Missing("Party", "请填写被征求意见的第三方或机关名称（100 字以内）。");
                }

                return Result.Success<ApplicationEvent>(new ConsultationStarted(on, party, step.ConsultationKind ?? ConsultationKind.ThirdParty, step.DeliveredOn));
            case CaseStepKind.EndConsultation:
                return string.IsNullOrWhiteSpace(step.Party) ? Missing("Party", "请选择结束的征求意见。")
                    : Result.Success<ApplicationEvent>(new ConsultationEnded(on, step.Party.Trim()));
            case CaseStepKind.ApproveExtension:
                return Result.Success<ApplicationEvent>(new ExtensionApproved(on, actor.Name, step.DeliveredOn ?? on, step.WorkingDays ?? 20));
            case CaseStepKind.IssueFeeNotice:
                return await FeeNoticeAsync(log, step, cancellationToken);
            case CaseStepKind.RecordPayment:
                return Result.Success<ApplicationEvent>(new FeePaid(on));
            case CaseStepKind.AbandonFeeUnpaid:
                return Result.Success<ApplicationEvent>(new FeeAbandoned(on));
            case CaseStepKind.DeferReply:
                if (step.DueOn is not { } replyBy)
                {
                    return Missing("DueOn", "请填写确定的答复期限。");
                }

                return string.IsNullOrWhiteSpace(step.Note) ? Missing("Note", "请说明理由（条例 第三十五条：说明理由）。")
                    : Result.Success<ApplicationEvent>(new ReplyDeferred(on, replyBy, step.Note.Trim()));
            case CaseStepKind.Withdraw:
                return Result.Success<ApplicationEvent>(new Withdrawn(on));
            default:
                return Missing("Kind", "未知的办理步骤。");
        }
    }

    // 国办函〔2020〕109号: the amount follows from the method, never typed — 按件 by the applicant's ordinal in the natural
    // month at this agency, 按量 by pages; below the free threshold there is nothing to charge.
    private async Task<Result<ApplicationEvent>> FeeNoticeAsync(CaseLog log, CaseStep step, CancellationToken cancellationToken)
    {
        var method = step.FeeMethod ?? FeeMethod.PerPage;
        int quantity;
        if (method == FeeMethod.PerPage)
        {
            if (step.Pages is not ({ } pages and > 0 and <= 1_000_000))
            {
                return Result.Failure<ApplicationEvent>(new Error(ErrorCodes.Invalid, "按量计收须填写页数（1 至 1000000）。", "Pages"));
            }

            quantity = pages;
        }
        else
        {
            var row = log.Row;
            var earlier = await db.Applications.AsNoTracking()
                .Where(a => a.AgencyId == row.AgencyId && a.ApplicantKey == row.ApplicantKey && a.Id != row.Id && a.ReceivedOn <= row.ReceivedOn)
                .Select(a => a.ReceivedOn).ToListAsync(cancellationToken);
            quantity = PerApplicationFee.OrdinalInMonth(earlier, row.ReceivedOn);
        }

        var fen = Fees.FenFor(method, quantity);
        if (fen <= 0)
        {
            return Result.Failure<ApplicationEvent>(new Error(ErrorCodes.Invalid,
                method == FeeMethod.PerPage ? $"{quantity} 页未超过免费页数，不得收费（国办函〔2020〕109号）。"
                    : $"该申请人本月在本机关的第 {quantity} 件申请，未超过 10 件，不得收费（国办函〔2020〕109号）。", "FeeMethod"));
        }

        return Result.Success<ApplicationEvent>(new FeeNoticeIssued(step.On, step.DeliveredOn ?? step.On, method, fen));
    }
}
