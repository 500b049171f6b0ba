using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>Which cases a queue shows.</summary>
public enum CaseQueueScope
{
    /// <summary>待我办理: the steps waiting for this user's roles (for 政务公开办: overdue and at-risk cases of every agency).</summary>
    Mine,

    /// <summary>All open cases.</summary>
    Open,

    /// <summary>Open cases past an agency deadline.</summary>
    Overdue,

    /// <summary>Closed cases.</summary>
    Closed,

    /// <summary>Everything.</summary>
    All,
}

/// <summary>A queue request.</summary>
/// <param name="Scope">Which cases.</param>
/// <param name="AgencyId">One agency (staff of an agency always get their own).</param>
/// <param name="Search">A tracking code or words of the description.</param>
/// <param name="Page">1-based page.</param>
/// <param name="PageSize">Rows per page (at most 100).</param>
public sealed record CaseQueueQuery(CaseQueueScope Scope = CaseQueueScope.Mine, int? AgencyId = null, string? Search = null, int Page = 1, int PageSize = 30);

/// <summary>One line of the queue; the applicant is always masked here.</summary>
/// <param name="Id">Application id.</param>
/// <param name="AgencyId">Agency id.</param>
/// <param name="AgencyName">Agency.</param>
/// <param name="TrackingCode">查询码.</param>
/// <param name="Applicant">Masked applicant.</param>
/// <param name="Description">The request, shortened.</param>
/// <param name="Status">Status.</param>
/// <param name="ReceivedOn">收到申请之日.</param>
/// <param name="NextDue">The earliest open deadline.</param>
/// <param name="NextDueName">What it is for.</param>
/// <param name="Due">Days left against today.</param>
/// <param name="WaitingFor">The next step and who takes it, e.g. 待审批答复书（审批领导）.</param>
/// <param name="OnAgency">True when the next deadline is the agency's.</param>
/// <param name="IsRepeat">Flagged 重复申请.</param>
public sealed record CaseQueueRow(int Id, int AgencyId, string AgencyName, string TrackingCode, string Applicant, string Description, CaseStatus Status,
    DateOnly ReceivedOn, DateOnly? NextDue, string? NextDueName, DueStatus? Due, string WaitingFor, bool OnAgency, bool IsRepeat)
{
    /// <summary>The agency's deadline has passed.</summary>
    public bool IsOverdue => OnAgency && Due is { IsOverdue: true };

    /// <summary>Three working days or fewer left on the agency's deadline.</summary>
    public bool IsAtRisk => OnAgency && Due is { IsOverdue: false, WorkingDaysLeft: <= 3 };
}

/// <summary>Counts for the dashboard reminder.</summary>
/// <param name="Waiting">Open cases waiting for the user (for 政务公开办: every open case).</param>
/// <param name="DueSoon">Of those, reply due within three working days.</param>
/// <param name="Overdue">Of those, past the reply deadline.</param>
/// <param name="AllAgencies">True for the supervising office's district-wide view.</param>
public sealed record CaseReminder(int Waiting, int DueSoon, int Overdue, bool AllAgencies);

/// <summary>A page of the queue.</summary>
/// <param name="Rows">The rows, earliest deadline first.</param>
/// <param name="Total">Rows in the whole query.</param>
/// <param name="Page">This page.</param>
/// <param name="PageSize">Rows per page.</param>
public sealed record CaseQueuePage(IReadOnlyList<CaseQueueRow> Rows, int Total, int Page, int PageSize)
{
    /// <summary>Number of pages.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>
/// The staff side of applications is a work queue, not a list: what waits for me, ordered by deadline, with days left.
/// The query runs on the stored derived columns (indexed by agency, open/closed and next deadline); only the page's
/// rows are measured against the calendar.
/// </summary>
public sealed class CaseWorklist(OpenGovInfoDbContext db, CalendarStore calendars, TimeProvider clock)
{
    /// <summary>Runs the query for <paramref name="actor"/>.</summary>
    public async Task<CaseQueuePage> RunAsync(CaseActor actor, CaseQueueQuery query, CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var today = ChinaTime.Today(clock);
        var overseer = actor.Roles.Contains(StaffRoleNames.Supervisor) || actor.Roles.Contains(StaffRoleNames.SystemAdmin);
        var rows = db.Applications.AsNoTracking();
        if (!overseer)
        {
            var own = actor.AgencyId ?? -1;
            rows = rows.Where(a => a.AgencyId == own);
        }
        else if (query.AgencyId is { } agency)
        {
            rows = rows.Where(a => a.AgencyId == agency);
        }

        var atRiskUntil = today.AddDays(7);
        rows = query.Scope switch
        {
            CaseQueueScope.Mine when overseer && actor.AgencyId is null or 0 || overseer && !actor.Roles.Contains(StaffRoleNames.Editor) && !actor.Roles.Contains(StaffRoleNames.Approver) =>
                rows.Where(a => a.ClosedOn == null && a.NextDue <= atRiskUntil),
            CaseQueueScope.Mine => Mine(rows, actor),
            CaseQueueScope.Open => rows.Where(a => a.ClosedOn == null),
            CaseQueueScope.Overdue => rows.Where(a => a.ClosedOn == null && a.NextDue < today && a.NextDueKind == PendingKind.Reply),
            CaseQueueScope.Closed => rows.Where(a => a.ClosedOn != null),
            _ => rows,
        };

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim();
            var code = CaseAccessCodes.Normalise(search);
            // A tracking code is looked up by its unique index; only other text scans the descriptions.
            rows = CaseAccessCodes.LooksLikeTrackingCode(code) ? rows.Where(a => a.TrackingCode == code) : rows.Where(a => a.Description.Contains(search));
        }

        var size = Math.Clamp(query.PageSize, 1, 100);
        var page = Math.Max(1, query.Page);
        var total = await rows.CountAsync(cancellationToken);
        var ordered = query.Scope == CaseQueueScope.Closed
            ? rows.OrderByDescending(a => a.ClosedOn).ThenByDescending(a => a.Id)
            : rows.OrderBy(a => a.NextDue == null).ThenBy(a => a.NextDue).ThenBy(a => a.Id);
        var items = await ordered.Skip((page - 1) * size).Take(size)
            .Select(a => new
            {
                a.Id, a.AgencyId, a.TrackingCode, a.ApplicantKind, a.ApplicantName, a.Description, a.Status, a.ReceivedOn,
                a.NextDue, a.NextDueKind, a.ReplyAwaitingApproval, a.RepeatOfId,
            })
            .ToListAsync(cancellationToken);
        var agencyIds = items.Select(i => i.AgencyId).Distinct().ToList();
        var names = await db.Agencies.AsNoTracking().Where(a => agencyIds.Contains(a.Id)).ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);
        return new CaseQueuePage(
            [.. items.Select(i => new CaseQueueRow(
                i.Id, i.AgencyId, names.GetValueOrDefault(i.AgencyId, string.Empty), i.TrackingCode,
                i.ApplicantKind == ApplicantKind.NaturalPerson ? PersonalDataMask.Name(i.ApplicantName) : i.ApplicantName,
                i.Description.Length > 60 ? i.Description[..60] + "…" : i.Description,
                i.Status, i.ReceivedOn, i.NextDue, i.NextDueKind?.Name(),
                i.NextDue is { } due ? CaseDeadlines.Status(calendar, due, today) : null,
                WaitingFor(i.Status, i.ReplyAwaitingApproval),
                i.NextDueKind is PendingKind.Reply, i.RepeatOfId is not null))],
            total, page, size);
    }

    /// <summary>
    /// The reminder on the user's dashboard: how many cases wait for them, how many of those are due within three
    /// working days, and how many are past the reply deadline — so that nothing lapses unseen.
    /// </summary>
    public async Task<CaseReminder> ReminderAsync(CaseActor actor, CancellationToken cancellationToken = default)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var today = ChinaTime.Today(clock);
        var soon = calendar.TryAddWorkingDays(today, 3, out var due) ? due : today.AddDays(5);
        var overseer = actor.Roles.Contains(StaffRoleNames.Supervisor) || actor.Roles.Contains(StaffRoleNames.SystemAdmin);
        var rows = db.Applications.AsNoTracking();
        rows = overseer ? rows.Where(a => a.ClosedOn == null) : Mine(rows.Where(a => a.AgencyId == (actor.AgencyId ?? -1)), actor);
        var waiting = await rows.CountAsync(cancellationToken);
        var atRisk = await rows.CountAsync(a => a.NextDueKind == PendingKind.Reply && a.NextDue >= today && a.NextDue <= soon, cancellationToken);
        var overdue = await rows.CountAsync(a => a.NextDueKind == PendingKind.Reply && a.NextDue < today, cancellationToken);
        return new CaseReminder(waiting, atRisk, overdue, overseer);
    }

    /// <summary>The next step of a case and who takes it.</summary>
    public static string WaitingFor(CaseStatus status, bool replyAwaitingApproval) => status switch
    {
        _ when replyAwaitingApproval => "待审批答复书（审批领导）",
        CaseStatus.AwaitingSupplement => "等待申请人补正",
        CaseStatus.InConsultation => "等待征求意见回复",
        CaseStatus.AwaitingPayment => "等待申请人缴费",
        CaseStatus.Processing => "办理、起草答复（信息员）",
        _ => status.Name(),
    };

    private static IQueryable<ApplicationRow> Mine(IQueryable<ApplicationRow> rows, CaseActor actor)
    {
        var officer = actor.Roles.Contains(StaffRoleNames.Editor);
        var approver = actor.Roles.Contains(StaffRoleNames.Approver);
        return (officer, approver) switch
        {
            (true, true) => rows.Where(a => a.ClosedOn == null),
            (true, false) => rows.Where(a => a.ClosedOn == null && !a.ReplyAwaitingApproval),
            (false, true) => rows.Where(a => a.ClosedOn == null && a.ReplyAwaitingApproval),
            _ => rows.Where(a => false),
        };
    }
}
