using System.Net;
using System.Text.Json;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

[Collection(WebCollection.Name)]
public sealed class ApiTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agencies_are_a_JSON_list_with_the_documented_fields(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        using var document = JsonDocument.Parse(await client.GetStringAsync("/api/v1/agencies"));
        var items = document.RootElement.EnumerateArray().ToList();
        Assert.Equal(DemoDistrict.Agencies.Count, items.Count);
        var fields = items[0].EnumerateObject().Select(p => p.Name).ToList();
        Assert.Equal(["id", "name", "parentId", "creditCode", "kind"], fields);
        Assert.Equal(JsonValueKind.Null, items[0].GetProperty("parentId").ValueKind);
        Assert.Equal("DistrictGovernment", items[0].GetProperty("kind").GetString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_agency_by_id_and_a_problem_for_an_unknown_id(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var id = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        using var agency = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/agencies/{id}"));
        Assert.Equal(DemoDistrict.Bureau, agency.RootElement.GetProperty("name").GetString());
        Assert.Contains("依申请公开", agency.RootElement.GetProperty("guideHtml").GetString(), StringComparison.Ordinal);

        using var missing = await client.GetAsync("/api/v1/agencies/99999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_document_describes_the_agency_endpoints_and_the_browser_is_served()
    {
        var client = StaffClient.Anonymous(apps.For("Sqlite"));
        using var document = JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json"));
        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/agencies", paths);
        Assert.Contains("/api/v1/agencies/{id}", paths);
        Assert.DoesNotContain(paths, p => p.StartsWith("/staff", StringComparison.Ordinal));

        using var scalar = await client.GetAsync("/scalar/v1");
        Assert.Equal(HttpStatusCode.OK, scalar.StatusCode);
        using var redirect = await client.GetAsync("/api");
        Assert.Equal("/scalar/v1", redirect.Headers.Location?.OriginalString);
    }
}
