using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.PersonalData;

namespace OpenGovInfo.Platform.Applications;

/// <summary>A file sent with an application.</summary>
/// <param name="FileName">The name as uploaded.</param>
/// <param name="ContentType">The declared type.</param>
/// <param name="Content">The bytes.</param>
public sealed record IncomingFile(string? FileName, string? ContentType, byte[] Content);

/// <summary>How an application arrived: the portal/API (the platform confirms receipt at once) or registered by staff.</summary>
/// <param name="Channel">The channel (条例 第三十一条).</param>
/// <param name="Facts">The recorded dates; null for the portal and API, where arrival and confirmation are the submission day.</param>
public sealed record Arrival(ReceiptChannel Channel, ReceiptFacts? Facts)
{
    /// <summary>Submitted online on the portal or API.</summary>
    public static Arrival Online { get; } = new(ReceiptChannel.Internet, null);
}

/// <summary>What the applicant is told once: the code, the key, the receipt date and the reply deadline.</summary>
/// <param name="Id">The application's id.</param>
/// <param name="TrackingCode">查询码.</param>
/// <param name="AccessKey">查询密码 (never stored; shown once).</param>
/// <param name="ReceivedOn">收到申请之日.</param>
/// <param name="ReplyDue">答复期限.</param>
/// <param name="Provisional">The deadline is counted over a provisional calendar year.</param>
/// <param name="Warning">A receipt-rule warning for staff, if any.</param>
/// <param name="WasReplay">True when this form had been submitted before: the same case, nothing new stored.</param>
public sealed record SubmittedApplication(int Id, string TrackingCode, string AccessKey, DateOnly ReceivedOn, DateOnly? ReplyDue, bool Provisional, string? Warning, bool WasReplay);

/// <summary>
/// Receives an application (条例 第二十七条 to 第三十一条): checks the form and files, fixes the receipt date by the
/// channel's rule, opens the log with 收到申请 and its reply deadline, flags a 重复申请, all in one transaction.
/// </summary>
public sealed class SubmitApplication(OpenGovInfoDbContext db, CalendarStore calendars, ClockSettings settings, ApplicantKeys applicantKeys,
    ApplicantSubmissionLimit limit, TimeProvider clock)
{
    /// <summary>Most files per application.</summary>
    public const int MaxFiles = 5;

    /// <summary>Largest file accepted.</summary>
    public const long MaxFileBytes = 10L * 1024 * 1024;

    /// <summary>Runs the use case. <paramref name="submissionToken"/> makes a form idempotent; staff registrations pass <paramref name="actor"/>.</summary>
    public async Task<Result<SubmittedApplication>> RunAsync(int agencyId, ApplicationForm form, Arrival arrival, IReadOnlyList<IncomingFile> files,
        string? submissionToken, CaseActor actor, CancellationToken cancellationToken = default)
    {
        if (submissionToken is not null && await FindReplayAsync(submissionToken, cancellationToken) is { } earlier)
        {
            return Result.Success(earlier);
        }

        if (actor != CaseActor.Applicant && !actor.IsOfficerOf(agencyId))
        {
            return Result.Failure<SubmittedApplication>(new Error(ErrorCodes.Forbidden, "只有本机关的信息员可以登记申请。"));
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == agencyId, cancellationToken))
        {
            return Result.Failure<SubmittedApplication>(new Error(ErrorCodes.NotFound, "请选择受理申请的机关。", "agencyId"));
        }

        var (application, formErrors) = ApplicationFormCheck.Check(form);
        var errors = formErrors.Select(e => new Error(ErrorCodes.Invalid, e.Message, e.Field)).ToList();
        var accepted = await InspectAsync(files, errors, cancellationToken);
        var today = ChinaTime.Today(clock);
        var facts = arrival.Facts ?? new ReceiptFacts(today, ConfirmedOn: today);
        if (facts.ArrivedOn > today || facts.SignedOn > today || facts.ConfirmedOn > today)
        {
            errors.Add(new Error(ErrorCodes.Invalid, "收到、签收或确认日期不能晚于今天。", "arrivedOn"));
        }

        var receipt = ReceiptDate.Determine(arrival.Channel, facts);
        if (!receipt.IsSuccess)
        {
            errors.Add(new Error(ErrorCodes.Invalid, receipt.Error.Message, "receivedOn"));
        }

        if (errors.Count > 0 || application is null || receipt.ReceivedOn is not { } receivedOn)
        {
            return Result.Failure<SubmittedApplication>([.. errors]);
        }

        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var opened = ApplicationCase.Replay([new ApplicationReceived(receivedOn, arrival.Channel, application.Applicant.Kind)], new StatutoryClock(calendar), settings);
        if (!opened.IsSuccess)
        {
            return Result.Failure<SubmittedApplication>(new Error(ErrorCodes.Invalid, opened.Error.Message, "receivedOn"));
        }

        var @case = opened.Case;
        var applicantKey = applicantKeys.Of(application.Applicant);
        if (actor == CaseActor.Applicant && await OverLimitAsync(applicantKey, cancellationToken))
        {
            return Result.Failure<SubmittedApplication>(new Error(ErrorCodes.TooMany,
                $"同一申请人24小时内在线提交的申请已达{limit.PerDay}件，请明天再提交；如确有急需，可通过信函或当面向受理机关提出。"));
        }

        var accessKey = submissionToken is null ? CaseAccessCodes.NewAccessKey() : CaseAccessCodes.AccessKeyFor(submissionToken);
        var now = clock.GetUtcNow().ToUniversalTime();
        var applicant = application.Applicant;
        var row = new ApplicationRow
        {
            AgencyId = agencyId,
            AccessKeyHash = CaseAccessCodes.Hash(accessKey),
            SubmissionTokenHash = submissionToken is null ? null : CaseAccessCodes.Hash(submissionToken),
            ApplicantKind = applicant.Kind,
            ApplicantName = applicant.Name,
            IdType = applicant.IdType,
            IdNumber = applicant.IdNumber,
            CreditCode = applicant.CreditCode,
            LegalRepresentative = applicant.LegalRepresentative,
            ContactName = applicant.ContactName,
            Phone = applicant.Phone,
            Email = applicant.Email,
            Address = applicant.Address,
            ApplicantKey = applicantKey,
            Description = application.Description,
            DeliveryForm = application.Delivery,
            Channel = arrival.Channel,
            ArrivedOn = facts.ArrivedOn,
            ReceivedOn = receivedOn,
            ReceiptWarning = receipt.Warnings.Count == 0 ? null : string.Join(" ", receipt.Warnings),
            CreatedAt = now,
            RegisteredBy = actor == CaseActor.Applicant ? null : actor.Name,
        };
        CaseLog.Project(row, @case, calendar, today, replyAwaitingApproval: false);
        row.RepeatOfId = await RepeatOfAsync(agencyId, row.ApplicantKey, application.Description, cancellationToken);

        // A tracking code collision (1 in 31^10 per pair) is retried with a fresh code; a replayed token returns the first case.
        for (var attempt = 0; ; attempt++)
        {
            row.TrackingCode = CaseAccessCodes.NewTrackingCode(receivedOn.Year);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            try
            {
                db.Applications.Add(row);
                await db.SaveChangesAsync(cancellationToken);
                db.ApplicationEvents.Add(CaseLog.EventRow(row.Id, 0, @case.Events[0], actor, now, row.ReceiptWarning));
                foreach (var file in accepted)
                {
                    db.ApplicationDocuments.Add(new ApplicationDocumentRow
                    {
                        ApplicationId = row.Id,
                        Purpose = ApplicationDocumentPurpose.ApplicantAttachment,
                        DisplayName = file.DisplayName,
                        ContentType = file.ContentType,
                        Sha256 = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file.Content.Span)),
                        Content = file.Content.ToArray(),
                        StoredAt = now,
                    });
                }

                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return Result.Success(new SubmittedApplication(row.Id, row.TrackingCode, accessKey, receivedOn, row.ReplyDue, row.ReplyDueProvisional, row.ReceiptWarning, false));
            }
            catch (DbUpdateException refused) when (attempt < 3 && !DatabaseOutage.Is(refused))
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
                row.Id = 0;
                if (submissionToken is not null && await FindReplayAsync(submissionToken, cancellationToken) is { } raced)
                {
                    return Result.Success(raced);
                }
            }
        }
    }

    // Counts the applicant's own online submissions (staff registrations have RegisteredBy set) in the rolling window.
    // Two submissions racing at the limit may both pass: the limit is an abuse brake, not an invariant.
    private async Task<bool> OverLimitAsync(string applicantKey, CancellationToken cancellationToken)
    {
        if (limit.IsOff)
        {
            return false;
        }

        var since = clock.GetUtcNow() - ApplicantSubmissionLimit.Window;
        var recent = await db.Applications.CountAsync(a => a.ApplicantKey == applicantKey && a.RegisteredBy == null && a.CreatedAt >= since, cancellationToken);
        return recent >= limit.PerDay;
    }

    private async Task<SubmittedApplication?> FindReplayAsync(string token, CancellationToken cancellationToken)
    {
        var hash = CaseAccessCodes.Hash(token);
        var row = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.SubmissionTokenHash == hash, cancellationToken);
        return row is null ? null
            : new SubmittedApplication(row.Id, row.TrackingCode, CaseAccessCodes.AccessKeyFor(token), row.ReceivedOn, row.ReplyDue, row.ReplyDueProvisional, row.ReceiptWarning, true);
    }

    // 重复申请: the same applicant asking the agency for the same information again (条例 第三十六条第（七）项).
    private async Task<int?> RepeatOfAsync(int agencyId, string applicantKey, string description, CancellationToken cancellationToken)
    {
        var earlier = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == agencyId && a.ApplicantKey == applicantKey)
            .OrderByDescending(a => a.Id).Take(50).Select(a => new { a.Id, a.Description }).ToListAsync(cancellationToken);
        var wanted = RequestKey(description);
        return earlier.FirstOrDefault(a => RequestKey(a.Description) == wanted)?.Id;
    }

    /// <summary>A description reduced to its letters and digits, so that punctuation and spacing do not hide a repeat.</summary>
    public static string RequestKey(string description) =>
        new(ApplicantText.Clean(description).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static async Task<List<AcceptedAttachment>> InspectAsync(IReadOnlyList<IncomingFile> files, List<Error> errors, CancellationToken cancellationToken)
    {
        var accepted = new List<AcceptedAttachment>();
        if (files.Count > MaxFiles)
        {
            errors.Add(new Error(ErrorCodes.Invalid, $"附件最多 {MaxFiles} 个。", "files"));
            return accepted;
        }

        foreach (var file in files)
        {
            if (file.FileName is { } name && (name.Contains("../", StringComparison.Ordinal) || name.Contains("..\\", StringComparison.Ordinal)))
            {
                errors.Add(new Error(ErrorCodes.Invalid, "文件名含有“../”等路径跳转，已拒绝上传。", "files"));
                continue;
            }

            using var stream = new MemoryStream(file.Content, writable: false);
            var verdict = await AttachmentInspector.InspectAsync(file.FileName, file.ContentType, MaxFileBytes, stream, cancellationToken);
            if (verdict.IsAccepted)
            {
                accepted.Add(verdict.Accepted);
            }
            else
            {
                errors.Add(new Error(ErrorCodes.Invalid, $"附件“{file.FileName}”：{verdict.Refusal.Message}", "files"));
            }
        }

        return accepted;
    }
}
