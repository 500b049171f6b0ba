using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Calendar;

/// <summary><c>/staff/calendar</c>: each year's status (正式 with its notice, or 暂定) and the way to import a notice.</summary>
public sealed class CalendarIndexModel(CalendarStore calendars, OpenGovInfoDbContext db) : PageModel
{
    /// <summary>The official years and the next two provisional ones.</summary>
    public IReadOnlyList<CalendarYear> Years { get; private set; } = [];

    /// <summary>Loads the years.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var calendar = await calendars.CurrentAsync(db, cancellationToken);
        var last = calendar.KnownThrough.Year + 2;
        Years = [.. Enumerable.Range(calendar.CoveredRange.First.Year + 1, last - calendar.CoveredRange.First.Year)
            .Select(calendar.Year).OfType<CalendarYear>().OrderByDescending(y => y.Year)];
    }
}
