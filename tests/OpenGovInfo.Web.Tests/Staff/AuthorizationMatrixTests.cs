using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Staff;

/// <summary>
/// Generated from the app's route table: every /staff endpoint × every role × own/other agency, plus anonymous,
/// must behave exactly as <see cref="AuthorizationRules"/> declares.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class AuthorizationMatrixTests(WebApps apps)
{
    [Fact]
    public void Every_staff_endpoint_has_a_declared_rule()
    {
        var missing = StaffRoutes(apps.For("Sqlite")).Where(r => !AuthorizationRules.Table.ContainsKey(r)).ToList();
        Assert.True(missing.Count == 0, "No rule in AuthorizationRules for: " + string.Join(", ", missing));
        Assert.Contains("staff/agencies/{agencyid:int}/guide", StaffRoutes(apps.For("Sqlite")));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_role_reaches_exactly_what_the_rule_table_allows(string provider)
    {
        var app = apps.For(provider);
        var ids = await DemoIds.AgenciesAsync(StaffClient.Anonymous(app));
        var failures = new List<string>();
        var routes = StaffRoutes(app).ToList();
        foreach (var (userName, _, role, agency) in DemoDistrict.Staff)
        {
            var client = await StaffClient.SignInAsync(app, userName);
            var own = ids[agency];
            var other = ids.Values.First(id => id != own);
            foreach (var route in routes)
            {
                foreach (var (agencyId, isOwn) in new[] { (own, true), (other, false) })
                {
                    var expected = AuthorizationRules.Allowed(AuthorizationRules.Table[route], role, isOwn);
                    var actual = await OutcomeAsync(client, Url(route, agencyId));
                    if (actual != (expected ? Outcome.Allowed : Outcome.Forbidden))
                    {
                        failures.Add($"{role} {(isOwn ? "own" : "other")} {Url(route, agencyId)}: expected {(expected ? "allowed" : "403")}, got {actual}");
                    }
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Fact]
    public async Task Anonymous_visitors_are_sent_to_sign_in_except_on_public_pages()
    {
        var app = apps.For("Sqlite");
        var client = StaffClient.Anonymous(app);
        foreach (var route in StaffRoutes(app))
        {
            var expected = AuthorizationRules.Table[route] == AccessRule.Public ? Outcome.Allowed : Outcome.SignIn;
            Assert.Equal((route, expected), (route, await OutcomeAsync(client, Url(route, 1))));
        }
    }

    internal static IEnumerable<string> StaffRoutes(OgiWebFactory<Program> app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').ToLowerInvariant())
            .Where(r => r == "staff" || r.StartsWith("staff/", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);

    /// <summary>
    /// An item id that exists in no agency: authorisation runs before the page loads the item, so a granted request
    /// ends in the page's 404 and a refused one in 403 (see <see cref="OutcomeAsync"/>).
    /// </summary>
    internal const int MissingItemId = 999_999;

    internal static string Url(string route, int agencyId) =>
        "/" + route.Replace("{agencyid:int}", agencyId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{itemid:int}", MissingItemId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{applicationid:int}", MissingItemId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{attachmentid:int}", MissingItemId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{userid:guid}", MissingUserId, StringComparison.Ordinal)
            .Replace("{year:int}", "2024", StringComparison.Ordinal)
            .Replace("{kind}", "decisions", StringComparison.Ordinal)
            .Replace("{entryid:int}", MissingItemId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        + (route.EndsWith("/cell", StringComparison.Ordinal) ? "?key=applications.granted.total" : string.Empty);

    /// <summary>A staff account id that exists nowhere (granted → the page's 404, as for <see cref="MissingItemId"/>).</summary>
    internal const string MissingUserId = "00000000-0000-0000-0000-000000000000";

    private static async Task<Outcome> OutcomeAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Allowed,
            HttpStatusCode.NotFound when url.Contains($"/items/{MissingItemId}", StringComparison.Ordinal)
                || url.Contains($"/applications/{MissingItemId}", StringComparison.Ordinal)
                || url.Contains($"/registers/decisions/{MissingItemId}", StringComparison.Ordinal)
                || url.Contains($"/accounts/{MissingUserId}", StringComparison.Ordinal) => Outcome.Allowed,
            HttpStatusCode.Redirect when location.StartsWith("/staff/login", StringComparison.Ordinal)
                || location.Contains("/staff/login?", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect => Outcome.Allowed,
            HttpStatusCode.Forbidden => Outcome.Forbidden,
            _ => Outcome.Other,
        };
    }

    private enum Outcome
    {
        Allowed,
        Forbidden,
        SignIn,
        Other,
    }
}
