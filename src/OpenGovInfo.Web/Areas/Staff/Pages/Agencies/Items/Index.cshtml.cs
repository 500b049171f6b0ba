using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>The agency's items in every state, with the late and at-risk cards (条例 第二十六条).</summary>
public sealed class IndexModel(ListItems listItems, PublishingDashboard dashboard, ExplainPublishBy explain) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>Page.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Filter: workflow state.</summary>
    [FromQuery(Name = "state")]
    public ItemState? State { get; set; }

    /// <summary>Filter: category code.</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>Filter: year formed.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// <summary>Filter: words of the title.</summary>
    [FromQuery(Name = "q")]
    public string? Search { get; set; }

    /// <summary>Items.</summary>
    public ItemPage? Items { get; private set; }

    /// <summary>Late / at-risk.</summary>
    public DashboardView? Dashboard { get; private set; }

    /// <summary>Publish-by dates with their 暂定 marks and counts, by item id.</summary>
    public IReadOnlyDictionary<int, PublishByView> PublishBy { get; private set; } = new Dictionary<int, PublishByView>();

    /// <summary>The list's address for <paramref name="page"/> with the same filters.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["state"] = State?.ToString(),
        ["category"] = Category,
        ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["q"] = Search,
        ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    /// <summary>Loads.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var items = await listItems.RunAsync(new ItemFilter(AgencyId, Category, Year, Page: PageNumber, PageSize: 50, PublicOnly: false,
            State: State, Search: Search), cancellationToken);
        Items = items;
        Dashboard = await dashboard.RunAsync(AgencyId, cancellationToken);
        var ids = items.Items.Select(i => i.Id).Concat(Dashboard.Late.Concat(Dashboard.AtRisk).Select(c => c.Item.Id)).Distinct().ToList();
        PublishBy = await explain.ForItemsAsync(AgencyId, ids, cancellationToken);
    }
}
