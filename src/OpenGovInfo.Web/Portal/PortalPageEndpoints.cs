using OpenGovInfo.Domain.Calendar;
using System.Globalization;
using System.Text.Encodings.Web;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// The two public pages that crawlers and search visitors fetch most, the item page and an agency's item list, served
/// without MVC: one prepared query (<see cref="PublicReads"/>), then the layout's fixed fragments and the page body
/// written straight into the response. Same URLs, HTML, status codes and output-cache policy as the Razor pages they
/// replace; a miss answers 404 with no body, so the status-code pages render the Chinese 404 page as before.
/// </summary>
public static class PortalPageEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    /// <summary>Maps <c>/items/{id}</c> and <c>/agencies/{id}/items</c>.</summary>
    public static IEndpointRouteBuilder MapPortalPages(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Singletons resolved once here rather than bound per request.
        var reads = app.ServiceProvider.GetRequiredService<PublicReads>();
        var layout = app.ServiceProvider.GetRequiredService<PortalLayout>();
        var encoder = app.ServiceProvider.GetRequiredService<HtmlEncoder>();
        app.MapMethods("/items/{id:int}", GetAndHead, http => ItemAsync(http, reads, layout, encoder))
            .ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        app.MapMethods("/agencies/{id:int}/items", GetAndHead, http => ListAsync(http, reads, layout, encoder))
            .ExcludeFromDescription().CacheOutput(PortalCache.Policy);
        return app;
    }

    private static async Task ItemAsync(HttpContext http, PublicReads reads, PortalLayout layout, HtmlEncoder encoder)
    {
        var item = await reads.ItemAsync(RouteId(http), http.RequestAborted);
        if (item is null)
        {
            await MissAsync(http, layout, encoder);
            return;
        }

        var html = Start(http, layout, encoder, item.Summary.Title, null);
        ItemPageHtml.Write(html, item);
        await EndAsync(http, layout, html);
    }

    /// <summary>
    /// A withdrawn publication answers 410 Gone with a short notice (crawlers drop it, readers learn it was withdrawn);
    /// anything else not public answers a bare 404 for the status-code page.
    /// </summary>
    private static async Task MissAsync(HttpContext http, PortalLayout layout, HtmlEncoder encoder)
    {
        var withdrawn = await http.RequestServices.GetRequiredService<FindWithdrawnItem>().RunAsync(RouteId(http), http.RequestAborted);
        if (withdrawn is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        http.Response.StatusCode = StatusCodes.Status410Gone;
        var on = ChinaTime.InChina(withdrawn.WithdrawnAt).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        var html = Start(http, layout, encoder, "信息已撤回", null);
        html.RawHtml("<section class=\"gone\" aria-labelledby=\"gone-title\"><h1 id=\"gone-title\">信息已撤回</h1><p>该信息已于 ")
            .Text(on).RawHtml(" 撤回，不再公开。</p><p><a href=\"/search\">搜索其他信息</a> · <a href=\"/\">返回首页</a></p></section>");
        await EndAsync(http, layout, html);
    }

    private static async Task ListAsync(HttpContext http, PublicReads reads, PortalLayout layout, HtmlEncoder encoder)
    {
        var id = RouteId(http);
        var query = ItemListQuery.From(http.Request.Query);
        var list = await reads.ListAsync(new ItemFilter(id, query.Category, query.Year, query.Topic, query.Page, 20), http.RequestAborted);
        if (list is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var html = Start(http, layout, encoder, list.AgencyName, " 法定主动公开内容");
        ItemListHtml.Write(html, list, query);
        await EndAsync(http, layout, html);
    }

    // The route's int constraint has already parsed it the same way.
    private static int RouteId(HttpContext http) =>
        int.Parse((http.Request.RouteValues["id"] as string).AsSpan(), NumberStyles.Integer, CultureInfo.InvariantCulture);

    private static HtmlWriter Start(HttpContext http, PortalLayout layout, HtmlEncoder encoder, string title, string? titleSuffix)
    {
        http.Response.ContentType = "text/html; charset=utf-8";
        var html = new HtmlWriter(http.Response.BodyWriter, encoder);
        return html.Raw(layout.BeforeTitleUtf8).Text(titleSuffix is null ? title : title + titleSuffix).Raw(layout.AfterTitleUtf8);
    }

    private static async Task EndAsync(HttpContext http, PortalLayout layout, HtmlWriter html)
    {
        html.Raw(layout.EndUtf8);
        await http.Response.BodyWriter.FlushAsync(http.RequestAborted);
    }
}
