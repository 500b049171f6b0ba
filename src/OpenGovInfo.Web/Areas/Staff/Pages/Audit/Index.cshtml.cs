using OpenGovInfo.Domain.Calendar;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Audit;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Audit;

/// <summary>
/// The supervisors' search of the audit trail (ADR 0017): who changed or viewed what, when and from where, newest
/// first, by actor, actor's agency, table, action and Beijing-time dates. 政务公开办 and 系统管理员 only (the folder's
/// policy); values are shown as the trail keeps them, personal data already masked.
/// </summary>
public sealed class IndexModel(SearchAuditTrail search, ListAgencies agencies) : PageModel
{
    /// <summary>Records a page.</summary>
    public const int PageSize = 50;

    /// <summary>Staff user name, or 公众 / 系统.</summary>
    [FromQuery]
    public string? Actor { get; set; }

    /// <summary>The actor's agency.</summary>
    [FromQuery]
    public int? Agency { get; set; }

    /// <summary>The table (e.g. applications).</summary>
    [FromQuery]
    public string? Entity { get; set; }

    /// <summary>The row's key within <see cref="Entity"/>.</summary>
    [FromQuery]
    public string? Key { get; set; }

    /// <summary>create, update, delete or view.</summary>
    [FromQuery]
    public string? Action { get; set; }

    /// <summary>First day (Beijing time), inclusive.</summary>
    [FromQuery]
    public DateOnly? From { get; set; }

    /// <summary>Last day (Beijing time), inclusive.</summary>
    [FromQuery]
    public DateOnly? To { get; set; }

    /// <summary>Page number from 1.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>The records of the page.</summary>
    public IReadOnlyList<AuditRecord> Records { get; private set; } = [];

    /// <summary>All matching records.</summary>
    public int Total { get; private set; }

    /// <summary>Agencies for the filter.</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>Pages in all.</summary>
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>Actions and their Chinese names.</summary>
    public static IReadOnlyList<(string Code, string Name)> Actions { get; } =
        [("create", "新增"), ("update", "修改"), ("delete", "删除"), ("view", "查看个人信息")];

    /// <summary>The Chinese name of <paramref name="action"/>.</summary>
    public static string ActionName(string action) => Actions.FirstOrDefault(a => a.Code == action).Name ?? action;

    /// <summary>An instant in Beijing time.</summary>
    public static string Local(DateTimeOffset at) => ChinaTime.InChina(at).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Runs the search.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        Agencies = await agencies.RunAsync(cancellationToken);
        var query = new AuditQuery(
            From is { } from ? ChinaTime.At(from, TimeOnly.MinValue) : null,
            To is { } to ? ChinaTime.At(to.AddDays(1), TimeOnly.MinValue) : null,
            null, Blank(Action), Blank(Entity), Blank(Key), PageNumber, PageSize, Blank(Actor), Agency);
        (Records, Total) = await search.RunAsync(query, cancellationToken);
    }

    /// <summary>The query string of page <paramref name="page"/> with the filters kept.</summary>
    public string PageLink(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["Actor"] = Actor, ["Agency"] = Agency?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Entity"] = Entity, ["Key"] = Key, ["Action"] = Action,
            ["From"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["To"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        return "/staff/audit" + Microsoft.AspNetCore.Http.QueryString.Create(values.Where(v => !string.IsNullOrEmpty(v.Value)));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
