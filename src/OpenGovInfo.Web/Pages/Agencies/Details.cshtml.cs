using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages.Agencies;

/// <summary>An agency's disclosure column: 指南, 制度, 法定主动公开内容, 年报, 依申请公开.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class DetailsModel(GetAgency getAgency, ListItems listItems, ListAnnualReports listReports) : PageModel
{
    /// <summary>The agency shown.</summary>
    public AgencyDetails? Agency { get; private set; }

    /// <summary>The newest published items (法定主动公开内容).</summary>
    public ItemPage? Latest { get; private set; }

    /// <summary>The agency's published annual reports (年报), newest first.</summary>
    public IReadOnlyList<ItemSummary> AnnualReports { get; private set; } = [];

    /// <summary>Loads the agency; 404 (Chinese status page) when unknown.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var result = await getAgency.RunAsync(id, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Agency = result.Value;
        Latest = await listItems.RunAsync(new ItemFilter(id, PageSize: 10), cancellationToken);
        AnnualReports = await listReports.RunAsync(id, cancellationToken: cancellationToken);
        return Page();
    }
}
