using System.Net;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>A NUL or other control character in a query is refused with 400 and the Chinese page, never a 500 (PostgreSQL refuses NUL in text).</summary>
[Collection(WebCollection.Name)]
public sealed class ControlCharacterQueryTests(WebApps apps)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Filters_with_control_characters_never_fail(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        var bureau = (await DemoIds.AgenciesAsync(client))[DemoDistrict.Bureau];
        string[] paths =
        [
            $"/agencies/{bureau}/items?topic=%00",
            $"/agencies/{bureau}/items?category=%00",
            $"/agencies/{bureau}/items?topic=a%00b&category=%01",
            "/search?q=%00",
            "/search?q=%E5%85%AC%00%E5%BC%80&category=%00",
            "/api/v1/items?category=%00",
            "/api/v1/items?topic=%00",
            $"/agencies/{bureau}/registers?year=%00",
        ];
        foreach (var path in paths)
        {
            using var response = await client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{path} → {(int)response.StatusCode}");
            Assert.Contains("请求无效", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // Ordinary filters still work.
        using var ordinary = await client.GetAsync($"/agencies/{bureau}/items?topic=" + Uri.EscapeDataString("科技创新"));
        Assert.Equal(HttpStatusCode.OK, ordinary.StatusCode);
    }
}
