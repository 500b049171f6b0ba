using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Reliability.Infrastructure;
using OpenGovInfo.Testing.Web;
using Xunit.Abstractions;

namespace OpenGovInfo.Reliability.Scale;

/// <summary>
/// Two web processes on one PostgreSQL database, as behind a load balancer: submissions and publications through
/// both at once give unique 查询码 and unique 索引号, and every acknowledged write is there.
/// (That reminders are sent once is the job-lease work's test.)
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class TwoNodeTests(ReliabilityCluster cluster, ITestOutputHelper output)
{
    private const string Bureau = "平桥区科学技术和工业信息化局";

    [Fact]
    public async Task Concurrent_submissions_and_publications_through_two_nodes_get_unique_codes_and_index_numbers()
    {
        var database = await TestDatabase.CreateAsync("PostgreSql", cluster.Postgres);
        await using var first = await WebProcess.StartAsync(database);
        await using var second = await WebProcess.StartAsync(database);
        var nodes = new[] { first, second };
        using var probeClient = first.Client();
        var agencyId = await Applicants.AgencyIdAsync(probeClient, Bureau);
        var codes = new ConcurrentBag<string>();
        var published = new ConcurrentBag<int>();

        // Each node: 4 citizens submitting 15 times each, and 3 review chains publishing 2 items each, all at once.
        var work = nodes.SelectMany(node => Enumerable.Range(0, 4).Select(c => SubmitManyAsync(node, agencyId, c, codes))
            .Concat(Enumerable.Range(0, 3).Select(r => PublishManyAsync(node, agencyId, r, published))));
        await Task.WhenAll(work);

        await using var probe = DatabaseProbe.On(database);
        Assert.Equal(2 * 4 * 15, codes.Count);
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
        var stored = await probe.StoredTrackingCodesAsync();
        Assert.All(codes, c => Assert.Contains(c, stored));
        var allCodes = await probe.QueryAsync(db => db.Applications.AsNoTracking().Select(a => a.TrackingCode).ToListAsync());
        Assert.Equal(allCodes.Count, allCodes.Distinct(StringComparer.Ordinal).Count());

        Assert.Equal(2 * 3 * 2, published.Count);
        var items = await probe.QueryAsync(db => db.Items.AsNoTracking().Where(i => i.State == ItemState.Published)
            .Select(i => new { i.Id, i.IndexNumber }).ToListAsync());
        Assert.All(published, id => Assert.NotNull(Assert.Single(items, i => i.Id == id).IndexNumber));
        var numbers = items.Select(i => i.IndexNumber).Where(n => n is not null).ToList();
        Assert.Equal(numbers.Count, numbers.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(await probe.HalfWrittenAsync());
        Assert.True((await probe.VerifyAuditAsync()).Intact);
        output.WriteLine($"{codes.Count} submissions and {published.Count} publications through two nodes: codes and index numbers unique");
    }

    private static async Task SubmitManyAsync(WebProcess node, int agencyId, int citizen, ConcurrentBag<string> codes)
    {
        using var client = node.Client();
        for (var i = 0; i < 15; i++)
        {
            var code = await Applicants.SubmitAsync(client, agencyId, $"双节点申请 {node.Address.Port}-{citizen}-{i}");
            Assert.NotNull(code);
            codes.Add(code);
        }
    }

    private static async Task PublishManyAsync(WebProcess node, int agencyId, int chain, ConcurrentBag<int> published)
    {
        var staff = new Dictionary<string, StaffSession>(StringComparer.Ordinal);
        foreach (var user in new[] { "kgx.editor", "kgx.secrecy", "kgx.legal", "kgx.approver" })
        {
            staff[user] = await StaffSession.SignInAsync(node.Client(cookies: true), user);
        }

        for (var i = 0; i < 2; i++)
        {
            var id = await staff["kgx.editor"].DraftAsync(agencyId, $"双节点发布 {node.Address.Port}-{chain}-{i}");
            Assert.NotNull(id);
            Assert.Null(await staff["kgx.editor"].RefusalAsync(agencyId, id.Value, "Submit"));
            Assert.Null(await staff["kgx.secrecy"].RefusalAsync(agencyId, id.Value, "PassConfidentialityReview"));
            Assert.Null(await staff["kgx.legal"].RefusalAsync(agencyId, id.Value, "PassLegalReview"));
            Assert.Null(await staff["kgx.approver"].RefusalAsync(agencyId, id.Value, "Approve"));
            published.Add(id.Value);
        }
    }
}
