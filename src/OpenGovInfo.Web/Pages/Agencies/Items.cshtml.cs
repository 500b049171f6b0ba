using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages.Agencies;

/// <summary>An agency's published items with filters (category, year, topic) and paging.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class ItemsModel(PublicReads reads) : PageModel
{
    /// <summary>The agency's name and the page of items.</summary>
    public PublicItemList? List { get; private set; }

    /// <summary>Category filter (code).</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>Year filter.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// <summary>Topic filter.</summary>
    [FromQuery(Name = "topic")]
    public string? Topic { get; set; }

    /// <summary>Page number.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Loads the list.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        List = await reads.ListAsync(new ItemFilter(id, Category, Year, Topic, PageNumber, 20), cancellationToken);
        return List is null ? NotFound() : Page();
    }

    /// <summary>The URL of page <paramref name="page"/> with the current filters.</summary>
    public string PageUrl(int page) => QueryHelpersUrl(page);

    private string QueryHelpersUrl(int page) => Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString(
        $"/agencies/{List!.AgencyId}/items",
        new Dictionary<string, string?> { ["category"] = Category, ["year"] = Year?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["topic"] = Topic, ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) }
            .Where(p => !string.IsNullOrEmpty(p.Value)));
}
