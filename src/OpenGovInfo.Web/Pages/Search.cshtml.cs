using System.Globalization;
using Microsoft.AspNetCore.Http.Extensions;
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

    /// <summary>Pages of results that can be shown: the search ranks at most <see cref="IItemSearch.CountLimit"/> matches.</summary>
    public int PageCount => Results is { } r ? (Math.Min(r.Total, IItemSearch.CountLimit) + r.PageSize - 1) / r.PageSize : 0;

    /// <summary>The URL of result page <paramref name="page"/> with the same words and filters.</summary>
    public string PageUrl(int page)
    {
        var query = new QueryBuilder { { "q", Q ?? "" } };
        if (Agency is { } agency)
        {
            query.Add("agency", agency.ToString(CultureInfo.InvariantCulture));
        }

        if (!string.IsNullOrEmpty(Category))
        {
            query.Add("category", Category);
        }

        if (Year is { } year)
        {
            query.Add("year", year.ToString(CultureInfo.InvariantCulture));
        }

        query.Add("page", page.ToString(CultureInfo.InvariantCulture));
        return "/search" + query.ToQueryString();
    }

    /// <summary>Runs the search.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Q))
        {
            Results = await search.RunAsync(Q, new SearchFilter(Agency, Category, Year, PageNumber, 20), cancellationToken);
        }
    }
}
