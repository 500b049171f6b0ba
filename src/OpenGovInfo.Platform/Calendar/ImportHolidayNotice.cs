using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Calendar;

/// <summary>
/// Imports a State Council holiday notice: preview first (rows, month grid, checks), then, once confirmed, the year
/// becomes official in one transaction, and every stored deadline counted over a changed day is recomputed; each one
/// that moves is listed and flagged on its item (a deadline never moves silently).
/// </summary>
public sealed class ImportHolidayNotice(OpenGovInfoDbContext db, CalendarStore store, Domain.Applications.ClockSettings settings, TimeProvider clock)
{
    /// <summary>What importing <paramref name="text"/> would give; stores nothing.</summary>
    public async Task<CalendarPreview> PreviewAsync(string text, int? expectedYear, CancellationToken cancellationToken = default)
    {
        var parsed = HolidayNoticeParser.Parse(text ?? string.Empty, expectedYear);
        if (!parsed.IsSuccess)
        {
            return new CalendarPreview(null, [.. parsed.Errors.Select(e => e.ToString())], [], null);
        }

        var existing = await YearRowsAsync(parsed.Notice.Year, cancellationToken);
        var applied = NoticeApplier.Apply(parsed.Notice, existing);
        if (!applied.IsSuccess)
        {
            // A NoticeApplication without entries has its error (never both, never neither).
            return new CalendarPreview(parsed.Notice, [applied.Error ?? throw new InvalidOperationException("A notice neither applied nor refused.")], [], null);
        }

        var before = await CalendarStore.LoadAsync(db, cancellationToken);
        return new CalendarPreview(parsed.Notice, [], applied.Entries, With(before, parsed.Notice, applied.Entries));
    }

    /// <summary>Imports <paramref name="text"/> as <paramref name="actor"/>; on any error nothing is stored.</summary>
    public async Task<Result<CalendarImportReport>> ImportAsync(string text, int? expectedYear, string actor, CancellationToken cancellationToken = default)
    {
        var preview = await PreviewAsync(text, expectedYear, cancellationToken);
        if (!preview.CanImport)
        {
            return Result.Failure<CalendarImportReport>([.. preview.Errors.Select(e => new Error(ErrorCodes.InvalidNotice, e, "Text"))]);
        }

        var notice = preview.Notice;
        var before = await CalendarStore.LoadAsync(db, cancellationToken);
        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var noticeRow = CalendarRowMapping.ToRow(notice, text, now, actor);
        db.CalendarNotices.Add(noticeRow);
        await UpsertYearAsync(notice, now, actor, cancellationToken);
        // A year has some thirty rows: tracked deletes (not ExecuteDelete) so that the audit trail records each one.
        db.CalendarDays.RemoveRange(await db.CalendarDays.Where(d => d.Year == notice.Year).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.CalendarDays.AddRange(preview.Rows.Select(r => CalendarRowMapping.ToRow(r, notice.Year)));
        await db.SaveChangesAsync(cancellationToken);
        var moved = await DeadlineRecalculation.RunAsync(db, before, preview.Calendar, noticeRow.Id, now, cancellationToken);
        await Applications.CaseRecalculation.RunAsync(db, preview.Calendar, settings, Domain.Calendar.ChinaTime.DateOf(now), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        store.Invalidate();
        return Result.Success(new CalendarImportReport(notice.Year, notice.IsAmendment, preview.Rows.Count, moved));
    }

    private async Task<List<CalendarEntry>> YearRowsAsync(int year, CancellationToken cancellationToken) =>
        [.. (await db.CalendarDays.AsNoTracking().Where(d => d.Year == year).OrderBy(d => d.Date).ToListAsync(cancellationToken))
            .Select(CalendarRowMapping.ToEntry)];

    private async Task UpsertYearAsync(HolidayNotice notice, DateTimeOffset now, string actor, CancellationToken cancellationToken)
    {
        var row = await db.CalendarYears.SingleOrDefaultAsync(y => y.Year == notice.Year, cancellationToken);
        if (row is null)
        {
            row = new CalendarYearRow { Year = notice.Year };
            db.CalendarYears.Add(row);
        }

        if (!notice.IsAmendment)
        {
            (row.Title, row.DocumentNumber, row.IssuedOn) = (notice.Reference.Title, notice.Reference.DocumentNumber, notice.Reference.IssuedOn);
        }

        (row.UpdatedAt, row.UpdatedBy) = (now, actor);
    }

    // The calendar after the import: the year's rows replaced, its notice (or amendment) recorded.
    private static WorkingDayCalendar With(WorkingDayCalendar before, HolidayNotice notice, IReadOnlyList<CalendarEntry> rows)
    {
        var years = before.OfficialYears.Where(y => y.Year != notice.Year)
            .Select(y => new OfficialYear(y.Year, y.Notice, y.Amendments, y.Entries)).ToList();
        var old = before.Year(notice.Year);
        var official = old is { Status: CalendarYearStatus.Official } ? old : null;
        years.Add(notice.IsAmendment
            ? new OfficialYear(notice.Year, official?.Notice, [.. official?.Amendments ?? [], notice.Reference], rows)
            : new OfficialYear(notice.Year, notice.Reference, official?.Amendments ?? [], rows));
        return WorkingDayCalendar.Create(years);
    }
}
