using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Web.Api;

/// <summary>A day of the calendar in the API.</summary>
/// <param name="Date">YYYY-MM-DD.</param>
/// <param name="Kind"><c>holiday</c> or <c>workday</c>, as in cn-workday-calendar.csv.</param>
/// <param name="Name">The festival.</param>
public sealed record CalendarDayDto(string Date, string Kind, string Name);

/// <summary>The notice behind an official year.</summary>
/// <param name="Title">Title.</param>
/// <param name="DocumentNumber">国办发明电〔…〕N号.</param>
/// <param name="IssuedOn">YYYY-MM-DD.</param>
public sealed record CalendarNoticeDto(string Title, string? DocumentNumber, string? IssuedOn);

/// <summary><c>GET /api/v1/calendar/{year}</c>.</summary>
/// <param name="Year">The year.</param>
/// <param name="Status"><c>official</c> or <c>provisional</c>.</param>
/// <param name="Notice">The notice of an official year.</param>
/// <param name="Amendments">Amendments of an official year.</param>
/// <param name="Days">Weekday holidays and weekend workdays.</param>
public sealed record CalendarYearDto(int Year, string Status, CalendarNoticeDto? Notice, IReadOnlyList<CalendarNoticeDto> Amendments, IReadOnlyList<CalendarDayDto> Days);

/// <summary><c>GET /api/v1/calendar/due</c>.</summary>
/// <param name="From">Start day (not counted).</param>
/// <param name="WorkingDays">Period.</param>
/// <param name="Due">The last day.</param>
/// <param name="Provisional">True when the count rests on a provisional year.</param>
/// <param name="Note">“暂定：以国务院办公厅通知为准” when provisional.</param>
/// <param name="HolidaysSkipped">Weekday holidays skipped, with their festivals.</param>
/// <param name="MakeUpWorkdaysCounted">Weekend days counted as 调休 workdays.</param>
public sealed record DueDateDto(string From, int WorkingDays, string Due, bool Provisional, string? Note,
    IReadOnlyList<CalendarDayDto> HolidaysSkipped, IReadOnlyList<CalendarDayDto> MakeUpWorkdaysCounted);

/// <summary><c>/api/v1/calendar</c>: the working-day calendar and due dates, as the platform counts them.</summary>
public static class CalendarEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapCalendar(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/calendar").WithTags("工作日历 Calendar");
        group.MapGet("/due", DueAsync).WithName("CalendarDue").WithSummary("计算期限届满日（起算日不计入）");
        group.MapGet("/{year:int}", YearAsync).WithName("CalendarYear").WithSummary("某年的放假和调休安排（正式或暂定）");
        return api;
    }

    private static async Task<Results<Ok<CalendarYearDto>, ProblemHttpResult>> YearAsync(
        int year, CalendarStore calendars, OpenGovInfoDbContext db, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        if (calendar.Year(year) is not { } y)
        {
            return TypedResults.Problem($"日历不含 {year} 年（范围 {calendar.CoveredRange}）。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }

        return TypedResults.Ok(new CalendarYearDto(
            y.Year, y.Status == CalendarYearStatus.Official ? "official" : "provisional",
            y.Notice is { } n ? Notice(n) : null, [.. y.Amendments.Select(Notice)], [.. y.Entries.Select(Day)]));
    }

    private static async Task<Results<Ok<DueDateDto>, ProblemHttpResult>> DueAsync(
        string? from, int? workingDays, CalendarStore calendars, OpenGovInfoDbContext db, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(from, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            return Bad("from", "from 应为 YYYY-MM-DD 格式的日期。");
        }

        if (workingDays is not (>= 0 and <= 1000))
        {
            return Bad("workingDays", "workingDays 应为 0 至 1000 之间的整数。");
        }

        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        if (calendar.Explain(start, workingDays.Value) is not { } e)
        {
            return Bad("from", $"自 {from} 起 {workingDays} 个工作日超出了工作日历的范围（{calendar.CoveredRange}）。");
        }

        return TypedResults.Ok(new DueDateDto(Iso(start), workingDays.Value, Iso(e.Due), e.Provisional, e.Provisional ? Deadline.ProvisionalNote : null,
            [.. e.HolidaysSkipped.Select(d => new CalendarDayDto(Iso(d.Date), "holiday", Festival(d)))],
            [.. e.Days.Where(d => d.Kind == DayKind.MakeUpWorkday).Select(d => new CalendarDayDto(Iso(d.Date), "workday", Festival(d)))]));
    }

    private static ProblemHttpResult Bad(string field, string message) => TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ValidationProblemDetails(
        new Dictionary<string, string[]> { [field] = [message] }) { Title = "请求参数有误", Status = StatusCodes.Status400BadRequest, Detail = message });

    private static CalendarDayDto Day(CalendarEntry e) =>
        new(Iso(e.Date), e.Kind == CalendarEntryKind.Holiday ? "holiday" : "workday", e.Name);

    private static CalendarNoticeDto Notice(Domain.Calendar.Notices.NoticeReference n) =>
        new(n.Title, n.DocumentNumber, n.IssuedOn is { } d ? Iso(d) : null);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // A holiday and a make-up workday always name their festival (the calendar's rows are made from notices).
    private static string Festival(ExplainedDay day) =>
        day.Festival ?? throw new InvalidOperationException($"{Iso(day.Date)} is a {day.Kind} without its festival.");
}
