using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>One line of the applicant's timeline: what happened and when (no staff names, no notes).</summary>
/// <param name="On">The legal date.</param>
/// <param name="What">The step in Chinese.</param>
public sealed record TrackedEvent(DateOnly On, string What);

/// <summary>A dispatched letter the applicant may download.</summary>
/// <param name="Id">Document id.</param>
/// <param name="Name">File name.</param>
/// <param name="ContentType">MIME type.</param>
public sealed record TrackedDocument(int Id, string Name, string ContentType);

/// <summary>What the applicant sees of a case: no identity data, nothing internal.</summary>
/// <param name="TrackingCode">查询码.</param>
/// <param name="AgencyName">The agency.</param>
/// <param name="Status">The status in Chinese.</param>
/// <param name="IsClosed">True once replied, withdrawn or abandoned.</param>
/// <param name="ReceivedOn">收到申请之日.</param>
/// <param name="ReplyDue">The reply deadline in force.</param>
/// <param name="Provisional">The deadline is counted over a provisional calendar year.</param>
/// <param name="Outcome">The outcome once replied.</param>
/// <param name="SupplementDue">The day to supplement by, while a supplement is awaited.</param>
/// <param name="FeeFen">The fee to pay, while a payment is awaited.</param>
/// <param name="PaymentDue">The last day to pay.</param>
/// <param name="Events">The timeline.</param>
/// <param name="Documents">Dispatched letters.</param>
public sealed record TrackedCase(
    string TrackingCode, string AgencyName, string Status, bool IsClosed, DateOnly ReceivedOn, DateOnly? ReplyDue, bool Provisional,
    string? Outcome, DateOnly? SupplementDue, long? FeeFen, DateOnly? PaymentDue, IReadOnlyList<TrackedEvent> Events, IReadOnlyList<TrackedDocument> Documents);

/// <summary>
/// The applicant follows a case with 查询码 and 查询密码. An unknown code and a wrong key give the same null, and the key
/// is compared in constant time, so that the answer says nothing about which codes exist.
/// </summary>
public sealed class TrackApplication(OpenGovInfoDbContext db, CalendarStore calendars, ClockSettings settings)
{
    /// <summary>The case, or null for an unknown code or a wrong key.</summary>
    public async Task<TrackedCase?> RunAsync(string? trackingCode, string? accessKey, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync(trackingCode, accessKey, cancellationToken);
        if (row is null)
        {
            return null;
        }

        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var log = await CaseLog.LoadAsync(db, calendar, settings, row.Id, cancellationToken)
            ?? throw new InvalidOperationException($"Application {row.Id} was found but its case was not.");
        var @case = log.Case;
        var agency = await db.Agencies.AsNoTracking().Where(a => a.Id == row.AgencyId).Select(a => a.Name).FirstAsync(cancellationToken);
        var documents = await db.ApplicationDocuments.AsNoTracking()
            .Where(d => d.ApplicationId == row.Id && d.Purpose == ApplicationDocumentPurpose.ReplyLetter)
            .OrderBy(d => d.Id).Select(d => new TrackedDocument(d.Id, d.DisplayName, d.ContentType)).ToListAsync(cancellationToken);
        return new TrackedCase(
            row.TrackingCode, agency, @case.Status.Name(), @case.IsClosed, @case.ReceivedOn, @case.IsClosed ? row.ReplyDue : @case.ReplyBy,
            row.ReplyDueProvisional, @case.Outcome?.FullLabel,
            @case.Status == CaseStatus.AwaitingSupplement ? @case.Supplements[^1].DueOn : null,
            @case.Fee is { PaidOn: null } fee && !@case.IsClosed ? fee.AmountFen : null,
            @case.Fee is { PaidOn: null, PaymentDeadline: { } window } && !@case.IsClosed ? window.Due : null,
            [.. log.Events.Select(e => new TrackedEvent(e.On, ApplicationEventCodec.Name(e.Kind)))],
            documents);
    }

    /// <summary>A dispatched letter of the case, or null (unknown code, wrong key, or not a letter of this case).</summary>
    public async Task<ApplicationDocumentRow?> DocumentAsync(string? trackingCode, string? accessKey, int documentId, CancellationToken cancellationToken = default)
    {
        var row = await FindAsync(trackingCode, accessKey, cancellationToken);
        return row is null ? null
            : await db.ApplicationDocuments.AsNoTracking().FirstOrDefaultAsync(
                d => d.Id == documentId && d.ApplicationId == row.Id && d.Purpose == ApplicationDocumentPurpose.ReplyLetter, cancellationToken);
    }

    private async Task<ApplicationRow?> FindAsync(string? trackingCode, string? accessKey, CancellationToken cancellationToken)
    {
        var code = CaseAccessCodes.Normalise(trackingCode);
        if (code.Length is 0 or > 20)
        {
            return null;
        }

        var row = await db.Applications.AsNoTracking().FirstOrDefaultAsync(a => a.TrackingCode == code, cancellationToken);
        // Compare against a dummy hash for unknown codes too, so both answers take the same time.
        var matches = CaseAccessCodes.Matches(accessKey, row?.AccessKeyHash ?? CaseAccessCodes.Hash("no-such-case"));
        return row is not null && matches ? row : null;
    }
}
