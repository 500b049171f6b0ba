using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages;

/// <summary>The portal's home page: a search box, the latest published items of every agency, the agencies.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(ListAgencies listAgencies, ListItems listItems) : PageModel
{
    /// <summary>How many of the newest items the home page lists.</summary>
    public const int LatestCount = 10;

    /// <summary>The agencies, district government first.</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>The newest published items, all agencies.</summary>
    public IReadOnlyList<ItemSummary> Latest { get; private set; } = [];

    /// <summary>Loads the lists.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await listAgencies.RunAsync(cancellationToken);
        Latest = (await listItems.RunAsync(new ItemFilter(PageSize: LatestCount), cancellationToken)).Items;
    }

    /// <summary>Chinese name of an <see cref="AgencyKind"/>.</summary>
    public static string KindName(string kind) => kind switch
    {
        nameof(AgencyKind.DistrictGovernment) => "区人民政府",
        nameof(AgencyKind.Department) => "政府部门",
        nameof(AgencyKind.Township) => "乡镇（街道）",
        _ => kind,
    };
}
