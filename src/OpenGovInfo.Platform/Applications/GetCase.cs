using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// A case for staff. The handling agency's case staff see the applicant in full, and each such view is logged
/// (who, when, from where); 政务公开办 and administrators see the case with the applicant masked.
/// </summary>
public sealed class GetCase(OpenGovInfoDbContext db, CalendarStore calendars, ClockSettings settings, TimeProvider clock)
{
    /// <summary>Threshold of 条例 第四十四条 proposals: this many applications for the same information.</summary>
    public const int ConversionThreshold = 3;

    /// <summary>Runs the use case.</summary>
    public async Task<Result<CaseView>> RunAsync(int agencyId, int applicationId, CaseActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.ReadsCasesOf(agencyId))
        {
            return Result.Failure<CaseView>(new Error(ErrorCodes.Forbidden, "无权查看该机关的申请。"));
        }

        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var log = await CaseLog.LoadAsync(db, calendar, settings, applicationId, cancellationToken);
        if (log is null || log.Row.AgencyId != agencyId)
        {
            return Result.Failure<CaseView>(Error.NotFound("该申请"));
        }

        var row = log.Row;
        var inFull = actor.HandlesCasesOf(agencyId);
        if (inFull)
        {
            db.PersonalDataViews.Add(new PersonalDataViewRow
            {
                ApplicationId = row.Id, ActorId = actor.Id, ActorName = actor.Name, Address = actor.Address, Purpose = "案件详情", At = clock.GetUtcNow().ToUniversalTime(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        var today = ChinaTime.Today(clock);
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == agencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var reply = await db.ApplicationReplies.AsNoTracking().FirstOrDefaultAsync(r => r.ApplicationId == row.Id, cancellationToken);
        var documents = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == row.Id).OrderBy(d => d.Id)
            .Select(d => new CaseDocumentInfo(d.Id, d.Purpose, d.DisplayName, d.ContentType, d.Content.Length)).ToListAsync(cancellationToken);
        var remedies = await db.Remedies.AsNoTracking().Where(r => r.ApplicationId == row.Id).OrderBy(r => r.FiledOn).ToListAsync(cancellationToken);
        var repeatOf = row.RepeatOfId is { } earlier
            ? await db.Applications.AsNoTracking().Where(a => a.Id == earlier).Select(a => a.TrackingCode).FirstOrDefaultAsync(cancellationToken) : null;
        var sameRequest = await SameRequestCountAsync(row, cancellationToken);
        // The applicant's other cases by the keyed hash of the ID number (never by the sealed number itself).
        var others = await db.Applications.AsNoTracking()
            .CountAsync(a => a.AgencyId == row.AgencyId && a.ApplicantKey == row.ApplicantKey && a.Id != row.Id, cancellationToken);
        return Result.Success(new CaseView(row, agency, log.Case, Applicant(row, inFull), log.Events,
            CaseDeadlines.Pending(log.Case, calendar, today), log.Case.ExplainReply(), reply, documents, remedies, repeatOf, sameRequest, others));
    }

    /// <summary>The applicant, in full or masked.</summary>
    public static ApplicantView Applicant(ApplicationRow row, bool inFull)
    {
        var kind = ApplicantKinds.Column(row.ApplicantKind).Label;
        var natural = row.ApplicantKind == ApplicantKind.NaturalPerson;
        var document = natural ? $"{row.IdType?.Name()} {(inFull ? row.IdNumber : PersonalDataMask.Number(row.IdNumber))}"
            : $"统一社会信用代码 {row.CreditCode}";
        return inFull
            ? new ApplicantView(natural ? kind : $"法人或其他组织（{kind}）", row.ApplicantName, document, row.LegalRepresentative, row.ContactName, row.Phone, row.Email, row.Address, true)
            : new ApplicantView(natural ? kind : $"法人或其他组织（{kind}）", natural ? PersonalDataMask.Name(row.ApplicantName) : row.ApplicantName, document,
                row.LegalRepresentative is null ? null : PersonalDataMask.Name(row.LegalRepresentative),
                row.ContactName is null ? null : PersonalDataMask.Name(row.ContactName),
                PersonalDataMask.Phone(row.Phone), row.Email is null ? null : PersonalDataMask.Email(row.Email), row.Address is null ? null : "（已隐藏）", false);
    }

    // 条例 第四十四条: information asked for by several applicants may be published proactively; the same request key
    // (letters and digits of the description) across different applicants of the agency counts.
    private async Task<int> SameRequestCountAsync(ApplicationRow row, CancellationToken cancellationToken)
    {
        var wanted = SubmitApplication.RequestKey(row.Description);
        var prefix = row.Description.Length > 8 ? row.Description[..8] : row.Description;
        var candidates = await db.Applications.AsNoTracking()
            .Where(a => a.AgencyId == row.AgencyId && a.Description.StartsWith(prefix))
            .Select(a => new { a.ApplicantKey, a.Description }).Take(500).ToListAsync(cancellationToken);
        return candidates.Where(c => SubmitApplication.RequestKey(c.Description) == wanted).Select(c => c.ApplicantKey).Distinct().Count();
    }
}
