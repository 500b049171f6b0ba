using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages.Agencies;

/// <summary>An agency's disclosure column: 指南, 制度, 法定主动公开内容, 年报, 依申请公开.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class DetailsModel(GetAgency getAgency, ListItems listItems, ListAnnualReports listReports, Platform.AnnualReports.ListReports compiledReports) : PageModel
{
    /// <summary>The agency shown.</summary>
    public AgencyDetails? Agency { get; private set; }

    /// <summary>The newest published items (法定主动公开内容).</summary>
    public ItemPage? Latest { get; private set; }

    /// <summary>The agency's published annual reports (年报), newest first.</summary>
    public IReadOnlyList<ItemSummary> AnnualReports { get; private set; } = [];

    /// <summary>The reports compiled and published on the platform (first-class records), newest year first.</summary>
    public IReadOnlyList<Platform.AnnualReports.ReportSummary> PublishedReports { get; private set; } = [];

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
        PublishedReports = await compiledReports.PublishedAsync(id, cancellationToken);
        // A report published on the platform replaces an item of the same title (one published by hand before).
        var titles = PublishedReports.Select(r => $"{result.Value.Name}{r.Year}年{ListAnnualReports.TitleMark}").ToHashSet(StringComparer.Ordinal);
        AnnualReports = [.. (await listReports.RunAsync(id, cancellationToken: cancellationToken)).Where(i => !titles.Contains(i.Title))];
        return Page();
    }
}
