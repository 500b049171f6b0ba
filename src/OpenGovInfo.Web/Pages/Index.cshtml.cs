using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages;

/// <summary>The portal's home page: the district's agencies.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class IndexModel(ListAgencies listAgencies) : PageModel
{
    /// <summary>The agencies, district government first.</summary>
    public IReadOnlyList<AgencySummary> Agencies { get; private set; } = [];

    /// <summary>Loads the list.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agencies = await listAgencies.RunAsync(cancellationToken);

    /// <summary>Chinese name of an <see cref="AgencyKind"/>.</summary>
    public static string KindName(string kind) => kind switch
    {
        nameof(AgencyKind.DistrictGovernment) => "区人民政府",
        nameof(AgencyKind.Department) => "政府部门",
        nameof(AgencyKind.Township) => "乡镇（街道）",
        _ => kind,
    };
}
