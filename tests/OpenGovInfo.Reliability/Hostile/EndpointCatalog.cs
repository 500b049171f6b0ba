using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGovInfo.Reliability.Hostile;

/// <summary>
/// Every endpoint of the app's own route table (so a new endpoint joins the corpus by itself), with real ids and the
/// first demo account that may use it. Static files are left out; so is sign-out (it would end the session the
/// corpus runs in — its refusal of a forged post is tested in Web.Tests).
/// </summary>
public static partial class EndpointCatalog
{
    /// <summary>Who may try each staff page, most specific first.</summary>
    public static readonly string[] StaffUsers = ["kgx.editor", "kgx.admin", "kgx.approver", "kgx.legal", "kgx.secrecy", "gkb.supervisor", "sysadmin"];

    /// <summary>Route parameter → a real value (int parameters) for the demo district.</summary>
    public sealed record Ids(int Agency, int PublishedItem, int BureauItem, int Application);

    /// <summary>Builds the catalog, probing each staff page with the demo accounts in <paramref name="clients"/>.</summary>
    public static async Task<List<Endpoint>> BuildAsync(IServiceProvider services, Ids ids, IReadOnlyDictionary<string, HttpClient> clients)
    {
        var endpoints = services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => !IsStaticFile(e.RoutePattern.RawText ?? string.Empty))
            .GroupBy(e => (e.RoutePattern.RawText ?? string.Empty).Trim('/').ToLowerInvariant())
            .Where(g => g.Key != "staff/logout")
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        var catalog = new List<Endpoint>();
        foreach (var group in endpoints)
        {
            var methods = group.SelectMany(Methods).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var pattern = group.First().RoutePattern;
            var path = "/" + Concrete(pattern, ids);
            var strings = pattern.Parameters.Where(p => !IsInt(p)).Select(p => p.Name).ToList();
            var (client, html) = await ChooseClientAsync(group.Key, Benign(path), clients);
            var json = methods.Contains("POST") && group.First().Metadata.GetMetadata<PageActionDescriptor>() is null;
            var file = FileInput().Match(html);
            catalog.Add(new Endpoint(group.Key, methods, path, client, Fields(html), strings, file.Success ? (file.Groups[1].Success ? file.Groups[1].Value : file.Groups[2].Value) : null, json));
        }

        return catalog;
    }

    /// <summary>The path with benign values in its text parameters.</summary>
    public static string Benign(string path) => TextParameter().Replace(path, m => m.Groups[1].Value switch
    {
        "trackingcode" => "2026-ABCDEFGHJK",
        "storagename" => "missing.pdf",
        "format" => "pdf",
        "slug" => "v1",
        _ => "x",
    });

    /// <summary>The path with <paramref name="value"/> (already URL-encoded) in parameter <paramref name="name"/>, benign values elsewhere.</summary>
    public static string With(string path, string name, string value) =>
        Benign(path.Replace("{" + name.ToLowerInvariant() + "}", value, StringComparison.Ordinal));

    private static IEnumerable<string> Methods(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<PageActionDescriptor>() is not null
            ? ["GET", "POST"]
            : endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];

    private static string Concrete(RoutePattern pattern, Ids ids)
    {
        var raw = (pattern.RawText ?? string.Empty).TrimStart('/').ToLowerInvariant();
        return RouteParameter().Replace(raw, m =>
        {
            var name = m.Groups[1].Value.TrimStart('*');
            var value = name switch
            {
                "agencyid" => ids.Agency.ToString(CultureInfo.InvariantCulture),
                "itemid" => ids.BureauItem.ToString(CultureInfo.InvariantCulture),
                "applicationid" => ids.Application.ToString(CultureInfo.InvariantCulture),
                "userid" => "00000000-0000-0000-0000-000000000000",
                "year" => "2024",
                "code" => "404",
                "id" when raw.StartsWith("items/", StringComparison.Ordinal) || raw.StartsWith("api/v1/items/", StringComparison.Ordinal)
                    => ids.PublishedItem.ToString(CultureInfo.InvariantCulture),
                "id" => ids.Agency.ToString(CultureInfo.InvariantCulture),
                _ => null,
            };
            return value ?? "{" + name + "}";
        });
    }

    private static bool IsInt(RoutePatternParameterPart parameter) =>
        parameter.ParameterPolicies.Any(p => p.Content is "int" or "guid");

    private static async Task<(string Client, string Html)> ChooseClientAsync(string route, string path, IReadOnlyDictionary<string, HttpClient> clients)
    {
        var candidates = route.StartsWith("staff", StringComparison.Ordinal) && route is not ("staff/login" or "staff/login/2fa")
            ? StaffUsers
            : ["anonymous"];
        foreach (var user in candidates)
        {
            using var response = await clients[user].GetAsync(path);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.NotFound)
            {
                var type = response.Content.Headers.ContentType?.MediaType ?? string.Empty;
                return (user, type.Contains("html", StringComparison.Ordinal) ? await response.Content.ReadAsStringAsync() : string.Empty);
            }
        }

        return (candidates[^1], string.Empty);
    }

    private static List<string> Fields(string html) =>
        [.. FieldName().Matches(html).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))
            .Where(n => n != "__RequestVerificationToken").Distinct(StringComparer.Ordinal)];

    private static bool IsStaticFile(string raw) =>
        !raw.Contains('{', StringComparison.Ordinal) && StaticExtension().IsMatch(raw);

    [GeneratedRegex(@"\{\*{0,2}([A-Za-z]+)(?::[^}=?]+)?(?:=[^}]*)?\??\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex TextParameter();

    [GeneratedRegex(@"<(?:input|select|textarea|button)\b[^>]*\bname=""([^""]+)""")]
    private static partial Regex FieldName();

    [GeneratedRegex(@"<input\b[^>]*type=""file""[^>]*\bname=""([^""]+)""|<input\b[^>]*\bname=""([^""]+)""[^>]*type=""file""")]
    private static partial Regex FileInput();

    [GeneratedRegex(@"\.(css|js|mjs|map|png|jpe?g|gif|svg|ico|woff2?|ttf|eot|gz|br|txt|webmanifest|json)$")]
    private static partial Regex StaticExtension();
}
