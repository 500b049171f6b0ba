using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Pages;

/// <summary>Public full-text search over published items (/search?q=…&amp;agency=&amp;category=&amp;year=).</summary>
public sealed class SearchModel(SearchItems search) : PageModel
{
    /// <summary>The words.</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    /// <summary>Agency filter.</summary>
    [FromQuery(Name = "agency")]
    public int? Agency { get; set; }

    /// <summary>Category filter.</summary>
    [FromQuery(Name = "category")]
    public string? Category { get; set; }

    /// <summary>Year filter.</summary>
    [FromQuery(Name = "year")]
    public int? Year { get; set; }

    /// <summary>Page.</summary>
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Results, when a query was given.</summary>
    public SearchResults? Results { get; private set; }

    /// <summary>Runs the search.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Results = await search.RunAsync(Q, new SearchFilter(Agency, Category, Year, PageNumber, 20), cancellationToken);
        }
    }
}
