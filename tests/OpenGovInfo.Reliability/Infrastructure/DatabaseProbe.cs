using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Reliability.Infrastructure;

/// <summary>
/// Looks at a database from outside the app under test, through the platform's own mappings: what is stored, whether
/// every case and item is whole, whether the audit chain verifies.
/// </summary>
public sealed class DatabaseProbe : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private DatabaseProbe(ServiceProvider services) => _services = services;

    /// <summary>A probe on <paramref name="database"/>.</summary>
    public static DatabaseProbe On(TestDatabase database)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:OpenGovInfo"] = database.ConnectionString,
        }).Build();
        return new DatabaseProbe(new ServiceCollection().AddLogging().AddPlatform(configuration).BuildServiceProvider());
    }

    /// <summary>Runs <paramref name="query"/> on a fresh context.</summary>
    public async Task<T> QueryAsync<T>(Func<OpenGovInfoDbContext, Task<T>> query)
    {
        await using var scope = _services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>());
    }

    /// <summary>Tracking codes stored (of those given).</summary>
    public Task<HashSet<string>> StoredTrackingCodesAsync() =>
        QueryAsync(async db => (await db.Applications.AsNoTracking().Select(a => a.TrackingCode).ToListAsync()).ToHashSet(StringComparer.Ordinal));

    /// <summary>
    /// Half-written state, one line per problem: a case whose events do not run 0..N-1 or disagree with its stored count,
    /// an item without events or whose state is not its last event's.
    /// </summary>
    public Task<List<string>> HalfWrittenAsync() => QueryAsync(async db =>
    {
        var problems = new List<string>();
        var applications = await db.Applications.AsNoTracking().Select(a => new { a.Id, a.EventCount }).ToListAsync();
        var events = (await db.ApplicationEvents.AsNoTracking().Select(e => new { e.ApplicationId, e.Sequence }).ToListAsync())
            .ToLookup(e => e.ApplicationId, e => e.Sequence);
        foreach (var application in applications)
        {
            var sequences = events[application.Id].Order().ToList();
            if (sequences.Count == 0 || sequences.Count != application.EventCount || !sequences.SequenceEqual(Enumerable.Range(0, sequences.Count)))
            {
                problems.Add($"application {application.Id}: EventCount {application.EventCount}, events [{string.Join(',', sequences)}]");
            }
        }

        var items = await db.Items.AsNoTracking().Select(i => new { i.Id, i.State }).ToListAsync();
        var itemEvents = (await db.ItemEvents.AsNoTracking().Select(e => new { e.ItemId, e.Sequence, e.To }).ToListAsync())
            .ToLookup(e => e.ItemId);
        foreach (var item in items)
        {
            var last = itemEvents[item.Id].OrderBy(e => e.Sequence).LastOrDefault();
            if (last is null || last.To != item.State)
            {
                problems.Add($"item {item.Id}: state {item.State}, last event {last?.To.ToString() ?? "none"}");
            }
        }

        return problems;
    });

    /// <summary>The platform's verify use case (what <c>ogi audit-log verify</c> runs).</summary>
    public async Task<AuditVerification> VerifyAuditAsync()
    {
        await using var scope = _services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<VerifyAuditTrail>().RunAsync();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
