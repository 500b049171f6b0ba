using System.Net;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>
/// Issue #12 item 13: the output cache varies only by the parameters the pages read, so <c>?x=…</c> variants of a
/// public page are served the one cached entry instead of each filling the cache.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class PortalCacheKeyTests(WebApps apps)
{
    [Fact]
    public async Task Unknown_query_parameters_are_served_from_the_one_entry_known_ones_get_their_own()
    {
        var anonymous = StaffClient.Anonymous(apps.For("Sqlite"));
        var bureau = (await DemoIds.AgenciesAsync(anonymous))[DemoDistrict.Bureau];
        var list = $"/agencies/{bureau}/items";

        // A topic nobody used before: a miss (no Age header), then a hit. This shows the Age header tells hits apart.
        var topic = Guid.NewGuid().ToString("N");
        using (var miss = await anonymous.GetAsync($"{list}?topic={topic}"))
        {
            Assert.Equal(HttpStatusCode.OK, miss.StatusCode);
            Assert.Null(miss.Headers.Age);
        }

        using (var hit = await anonymous.GetAsync($"{list}?topic={topic}"))
        {
            Assert.NotNull(hit.Headers.Age);
        }

        // Junk parameters on that same page: every variant is a hit on the entry above, none makes its own.
        for (var i = 0; i < 5; i++)
        {
            using var variant = await anonymous.GetAsync($"{list}?topic={topic}&x={Guid.NewGuid():N}&utm_source={i}");
            Assert.Equal(HttpStatusCode.OK, variant.StatusCode);
            Assert.NotNull(variant.Headers.Age);
        }

        using var home = await anonymous.GetAsync("/");
        using var homeVariant = await anonymous.GetAsync($"/?x={Guid.NewGuid():N}");
        Assert.NotNull(homeVariant.Headers.Age);
    }
}
