using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Letters;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Applications.Letters;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// The reply (答复, 条例 第三十六条), reviewed like a publication: the officer drafts it from the outcome's template,
/// submits it, the approver (审批领导) approves or returns it, the officer dispatches it — which records 答复 on the
/// case and freezes the letter as DOCX and PDF for the applicant's tracking page.
/// </summary>
public sealed class ReplyLetters(OpenGovInfoDbContext db, CalendarStore calendars, ReplyTemplateStore templates, ClockSettings settings, TimeProvider clock)
{
    /// <summary>The officer saves the draft; an empty body or basis takes the outcome's template.</summary>
    public async Task<Result<ReplyDraftRow>> SaveDraftAsync(int agencyId, int applicationId, string? outcomeCode, string? legalBasis, string? body,
        CaseActor actor, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(agencyId, applicationId, actor.IsOfficerOf(agencyId), "答复书须由本机关信息员起草。", cancellationToken);
        if (!opened.IsSuccess)
        {
            return Result.Failure<ReplyDraftRow>([.. opened.Errors]);
        }

        var outcome = ApplicationOutcome.FromCode(outcomeCode ?? string.Empty);
        if (outcome is null)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Invalid, "请选择答复结果（年度报告规定的办理结果之一）。", "OutcomeCode"));
        }

        if (outcome == ApplicationOutcome.SupplementOverdue || outcome == ApplicationOutcome.FeeUnpaid)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Invalid, "逾期未补正或未缴费的，请在案件中记录“视为放弃”，不另行答复。", "OutcomeCode"));
        }

        var text = (body ?? string.Empty).Trim();
        if (text.Length > ReplyLetter.MaxBodyLength)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Invalid, $"答复正文不能超过 {ReplyLetter.MaxBodyLength} 字。", "Body"));
        }

        var basis = (legalBasis ?? string.Empty).Trim();
        if (basis.Length > 500)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Invalid, "法律依据不能超过 500 字。", "LegalBasis"));
        }

        var draft = await db.ApplicationReplies.FirstOrDefaultAsync(r => r.ApplicationId == applicationId, cancellationToken);
        if (draft is { State: ReplyDraftState.AwaitingApproval or ReplyDraftState.Approved or ReplyDraftState.Dispatched })
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Refused, "答复书已提交审批，不能再修改；如需修改请由审批领导退回。"));
        }

        if (draft is null)
        {
            draft = new ReplyDraftRow { ApplicationId = applicationId };
            db.ApplicationReplies.Add(draft);
        }

        // A change of outcome brings the new outcome's wording, unless the officer had already rewritten the old one.
        var previous = ApplicationOutcome.FromCode(draft.OutcomeCode) is { } p ? await templates.ForAsync(agencyId, p, cancellationToken) : null;
        var template = await templates.ForAsync(agencyId, outcome, cancellationToken);
        var keepBasis = basis.Length > 0 && (previous is null || previous.Outcome == outcome || basis != previous.LegalBasis);
        var keepBody = text.Length > 0 && (previous is null || previous.Outcome == outcome || text != previous.Body);
        draft.OutcomeCode = outcome.Code;
        draft.LegalBasis = keepBasis ? basis : template.LegalBasis;
        draft.Body = keepBody ? text : template.Body;
        draft.State = ReplyDraftState.Draft;
        draft.DraftedBy = actor.Name;
        draft.UpdatedAt = clock.GetUtcNow().ToUniversalTime();
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(draft);
    }

    /// <summary>The officer submits the draft to the approver.</summary>
    public Task<Result<ReplyDraftRow>> SubmitAsync(int agencyId, int applicationId, CaseActor actor, CancellationToken cancellationToken = default) =>
        MoveAsync(agencyId, applicationId, actor.IsOfficerOf(agencyId), "答复书须由本机关信息员提交审批。",
            [ReplyDraftState.Draft, ReplyDraftState.Returned], ReplyDraftState.AwaitingApproval, null, actor, cancellationToken);

    /// <summary>The approver approves the letter or returns it with a comment.</summary>
    public Task<Result<ReplyDraftRow>> DecideAsync(int agencyId, int applicationId, bool approve, string? comment, CaseActor actor, CancellationToken cancellationToken = default) =>
        !approve && string.IsNullOrWhiteSpace(comment)
            ? Task.FromResult(Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Invalid, "退回修改须填写意见。", "Comment")))
            : MoveAsync(agencyId, applicationId, actor.IsApproverOf(agencyId), "答复书须由本机关审批领导审批。",
                [ReplyDraftState.AwaitingApproval], approve ? ReplyDraftState.Approved : ReplyDraftState.Returned, comment, actor, cancellationToken);

    /// <summary>The officer dispatches the approved letter on <paramref name="on"/>: 答复 is recorded and the letter frozen.</summary>
    public async Task<Result<ReplyDraftRow>> DispatchAsync(int agencyId, int applicationId, DateOnly on, CaseActor actor, CancellationToken cancellationToken = default)
    {
        var opened = await OpenAsync(agencyId, applicationId, actor.IsOfficerOf(agencyId), "答复书须由本机关信息员送达。", cancellationToken);
        if (!opened.IsSuccess)
        {
            return Result.Failure<ReplyDraftRow>([.. opened.Errors]);
        }

        var log = opened.Value;

        var today = ChinaTime.Today(clock);
        if (on > today)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Invalid, "送达日期不能晚于今天。", "On"));
        }

        var draft = await db.ApplicationReplies.FirstOrDefaultAsync(r => r.ApplicationId == applicationId, cancellationToken);
        if (draft is not { State: ReplyDraftState.Approved })
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Refused, "答复书须经审批领导审批后才能送达。"));
        }

        var outcome = ApplicationOutcome.FromCode(draft.OutcomeCode)
            ?? throw new InvalidOperationException($"Reply draft {draft.Id} holds an unknown outcome code.");
        var replied = new Replied(on, outcome);
        var appended = log.Case.Append(replied);
        if (!appended.IsSuccess)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Refused, appended.Error.Message));
        }

        var next = appended.Case;

        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var sequence = 1 + await db.ApplicationReplies.CountAsync(r => r.State == ReplyDraftState.Dispatched && r.DispatchedOn != null && r.DispatchedOn.Value.Year == on.Year
            && db.Applications.Any(a => a.Id == r.ApplicationId && a.AgencyId == agencyId), cancellationToken);
        draft.LetterNumber = $"{agency}依申复〔{on.Year}〕{sequence}号";
        draft.DispatchedOn = on;
        draft.State = ReplyDraftState.Dispatched;
        var letter = Letter(log.Row, draft, agency, on);
        byte[] docx, pdf;
        try
        {
            (docx, pdf) = (ReplyLetterRenderer.Docx(letter), ReplyLetterRenderer.Pdf(letter));
        }
        catch (RenderingException e)
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Rendering, $"无法生成答复书：{e.Message}"));
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        log.Row.ReplyAwaitingApproval = false;
        var saveError = await CaseAppend.SaveAsync(db, log, next, replied, actor, draft.LetterNumber, now, today, () =>
        {
            db.ApplicationDocuments.Add(Document(applicationId, $"{draft.LetterNumber}.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx, now));
            db.ApplicationDocuments.Add(Document(applicationId, $"{draft.LetterNumber}.pdf", "application/pdf", pdf, now));
        }, cancellationToken);
        return saveError is null ? Result.Success(draft) : Result.Failure<ReplyDraftRow>(saveError);
    }

    /// <summary>The letter as it reads (for a preview before dispatch, or as dispatched).</summary>
    public static ReplyLetter Letter(ApplicationRow application, ReplyDraftRow draft, string agencyName, DateOnly date) => new(
        "政府信息公开申请答复书",
        draft.LetterNumber ?? $"{agencyName}依申复〔{date.Year}〕　号",
        $"{application.ApplicantName}：",
        [ReplyTemplates.Opening(application.ReceivedOn, application.Description), .. draft.Body.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
            $"法律依据：{draft.LegalBasis}。", ReplyTemplates.Remedies],
        agencyName,
        date);

    private static ApplicationDocumentRow Document(int applicationId, string name, string contentType, byte[] bytes, DateTimeOffset now) => new()
    {
        ApplicationId = applicationId,
        Purpose = ApplicationDocumentPurpose.ReplyLetter,
        DisplayName = name,
        ContentType = contentType,
        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
        Content = bytes,
        StoredAt = now,
    };

    private async Task<Result<ReplyDraftRow>> MoveAsync(int agencyId, int applicationId, bool allowed, string forbidden, ReplyDraftState[] from,
        ReplyDraftState to, string? comment, CaseActor actor, CancellationToken cancellationToken)
    {
        var opened = await OpenAsync(agencyId, applicationId, allowed, forbidden, cancellationToken);
        if (!opened.IsSuccess)
        {
            return Result.Failure<ReplyDraftRow>([.. opened.Errors]);
        }

        var log = opened.Value;

        var draft = await db.ApplicationReplies.FirstOrDefaultAsync(r => r.ApplicationId == applicationId, cancellationToken);
        if (draft is null || !from.Contains(draft.State))
        {
            return Result.Failure<ReplyDraftRow>(new Error(ErrorCodes.Refused, draft is null ? "尚无答复书草稿。" : $"答复书当前为“{StateName(draft.State)}”，不能进行此操作。"));
        }

        draft.State = to;
        if (to is ReplyDraftState.Approved or ReplyDraftState.Returned)
        {
            (draft.ReviewedBy, draft.ReviewComment) = (actor.Name, comment?.Trim() is { Length: > 0 } c ? c[..Math.Min(c.Length, 1000)] : null);
        }

        draft.UpdatedAt = clock.GetUtcNow().ToUniversalTime();
        log.Row.ReplyAwaitingApproval = to == ReplyDraftState.AwaitingApproval;
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(draft);
    }

    private async Task<Result<CaseLog>> OpenAsync(int agencyId, int applicationId, bool allowed, string forbidden, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var log = await CaseLog.LoadAsync(db, calendar, settings, applicationId, cancellationToken);
        if (log is null || log.Row.AgencyId != agencyId)
        {
            return Result.Failure<CaseLog>(Error.NotFound("该申请"));
        }

        if (!allowed)
        {
            return Result.Failure<CaseLog>(new Error(ErrorCodes.Forbidden, forbidden));
        }

        return log.Case.IsClosed
            ? Result.Failure<CaseLog>(new Error(ErrorCodes.Refused, $"案件已结束（{log.Case.Status.Name()}）。"))
            : Result.Success(log);
    }

    /// <summary>The state in Chinese.</summary>
    public static string StateName(ReplyDraftState state) => state switch
    {
        ReplyDraftState.Draft => "草稿",
        ReplyDraftState.AwaitingApproval => "待审批",
        ReplyDraftState.Returned => "退回修改",
        ReplyDraftState.Approved => "已审批，待送达",
        _ => "已送达",
    };
}
