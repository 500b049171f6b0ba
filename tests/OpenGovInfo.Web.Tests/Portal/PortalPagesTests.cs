using System.Net;
using System.Text.RegularExpressions;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Portal;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>The item and list pages served without MVC keep the Razor pages' HTTP behaviour.</summary>
[Collection(WebCollection.Name)]
public sealed partial class PortalPagesTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Item_and_list_pages_answer_HEAD_encode_the_filters_and_404_an_unknown_agency(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var agencyId = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        var list = await client.GetStringAsync($"/agencies/{agencyId}/items");
        Assert.Contains($"<title>{DemoDistrict.Bureau} 法定主动公开内容 - {SiteOptions.DefaultName}</title>", list, StringComparison.Ordinal);
        var itemUrl = ItemLink().Match(list).Groups[1].Value;

        // (The test server passes a HEAD body through; Kestrel drops it, as it did for the Razor page.)
        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, itemUrl));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal("text/html", head.Content.Headers.ContentType?.MediaType);

        // Unparseable numbers are ignored as model binding ignored them; text filters come back encoded.
        var hostile = await client.GetStringAsync(
            $"/agencies/{agencyId}/items?topic=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E&year=abc&page=x&category=%22%3E%3Cb%3E");
        Assert.Contains("<input id=\"topic\" name=\"topic\" value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\" />", hostile, StringComparison.Ordinal);
        Assert.Contains("<input id=\"year\" name=\"year\" type=\"number\" min=\"2000\" max=\"2100\" />", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", hostile, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", hostile, StringComparison.Ordinal);
        Assert.Contains("<p>共 0 条</p>", hostile, StringComparison.Ordinal);

        using var missing = await client.GetAsync("/agencies/424242/items");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("页面不存在", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [GeneratedRegex("<td><a href=\"(/items/\\d+)\">")]
    private static partial Regex ItemLink();
}
