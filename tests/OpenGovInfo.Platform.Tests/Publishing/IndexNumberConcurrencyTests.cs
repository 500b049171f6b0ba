using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using static OpenGovInfo.Platform.Tests.Publishing.PublishingFixture;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Two "web nodes" (two service providers, two connection pools) publish at once on one PostgreSQL.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class IndexNumberConcurrencyTests(PostgresServer postgres)
{
    [Fact]
    public async Task One_hundred_items_approved_at_once_on_two_nodes_get_gap_free_distinct_index_numbers()
    {
        var (nodeA, agencyId) = await StartAsync("PostgreSql", postgres);
        await using var _ = nodeA;
        await using var nodeB = await PlatformHost.AlongsideAsync(nodeA);
        var ids = new List<int>();
        for (var i = 0; i < 100; i++)
        {
            var id = await DraftAsync(nodeA, agencyId, Input($"工作动态{i}"));
            await ActAsync(nodeA, agencyId, id, Editor, ReviewAction.Submit);
            await ActAsync(nodeA, agencyId, id, Confidentiality, ReviewAction.PassConfidentialityReview);
            ids.Add(id);
        }

        var approvals = ids.Select((id, n) => Task.Run(() => ActAsync(n % 2 == 0 ? nodeA : nodeB, agencyId, id, Approver, ReviewAction.Approve)));
        var results = await Task.WhenAll(approvals);

        Assert.All(results, r => Assert.Equal(ItemState.Published, r.Value));
        var numbers = await nodeB.RunAsync<OpenGovInfoDbContext, List<string?>>(db => db.Items.Select(i => i.IndexNumber).ToListAsync());
        var expected = Enumerable.Range(1, 100).Select(n => $"11411503005056032N/2026-{n:D5}");
        Assert.Equal(expected, numbers.Order(StringComparer.Ordinal));
    }
}
