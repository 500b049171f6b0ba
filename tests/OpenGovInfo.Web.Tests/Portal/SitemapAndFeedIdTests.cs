using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Portal;

/// <summary>
/// The sitemap is an index over files that together list every public item (not only the newest page), and feed
/// entry ids come from the configured authority, never from the Host a request happens to carry.
/// </summary>
public sealed class SitemapAndFeedIdTests
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task The_sitemap_index_lists_files_that_hold_every_public_item_once()
    {
        // Seven items a file, so the demo's items need many files and the paging is exercised.
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), settings: new Dictionary<string, string>
        {
            ["Portal:Sitemap:ItemsPerFile"] = "7",
        });
        var client = StaffClient.Anonymous(app);
        var expected = await PublicItemIdsAsync(app);
        Assert.True(expected.Count > 14, "the demo should fill several sitemap files");

        var index = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        Assert.Equal(Sitemap + "sitemapindex", index.Root!.Name);
        var files = index.Root.Elements(Sitemap + "sitemap").Select(s => new Uri(s.Element(Sitemap + "loc")!.Value)).ToList();
        Assert.Equal((expected.Count + 6) / 7, files.Count);

        var listed = new List<int>();
        foreach (var file in files)
        {
            var set = XDocument.Parse(await client.GetStringAsync(file.PathAndQuery));
            listed.AddRange(set.Root!.Elements(Sitemap + "url").Select(u => new Uri(u.Element(Sitemap + "loc")!.Value).AbsolutePath)
                .Where(p => p.StartsWith("/items/", StringComparison.Ordinal)).Select(p => int.Parse(p["/items/".Length..], System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(expected.Order(), listed.Order());
        using var beyond = await client.GetAsync($"/sitemaps/items-{files.Count + 1}.xml");
        Assert.Equal(HttpStatusCode.NotFound, beyond.StatusCode);
    }

    [Fact]
    public async Task Feed_ids_use_the_configured_authority_whatever_the_host()
    {
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), settings: new Dictionary<string, string>
        {
            ["Site:Authority"] = "www.Pingqiao.gov.cn",
        });
        var ids = new List<string>();
        foreach (var host in new[] { "localhost", "mirror.example.org" })
        {
            var client = StaffClient.Anonymous(app);
            client.DefaultRequestHeaders.Host = host;
            var feed = XDocument.Parse(await client.GetStringAsync("/feed.atom"));
            var entryIds = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value).ToList();
            Assert.NotEmpty(entryIds);
            Assert.All(entryIds, id => Assert.StartsWith("tag:www.pingqiao.gov.cn,2026-01-01:item/", id, StringComparison.Ordinal));
            ids.Add(string.Join('\n', entryIds));
        }

        // The same entries under both names: a reader following either sees no "new" items.
        Assert.Equal(ids[0], ids[1]);
    }

    private static async Task<List<int>> PublicItemIdsAsync(OgiWebFactory<Program> app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        return await db.Items.Where(i => i.State == ItemState.Published).Select(i => i.Id).ToListAsync();
    }
}
