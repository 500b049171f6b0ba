using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Platform.Tests.Cli;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Audit;

/// <summary>
/// Issue #12, tampering: an edit of any column of the first, a middle or the last record, written straight into the
/// database (no interceptor, no use case), is found by verify at that record; so is a deletion of the first record,
/// and — with the head hash an earlier verify printed — of the last one. (The Id column is the database's row
/// identity, not part of the record: the chain orders by Sequence, which is covered.)
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class AuditTamperingTests(PostgresServer postgres)
{
    /// <summary>Column → the edit an attacker makes to it.</summary>
    private static readonly (string Column, Func<AuditRecord, Action<UpdateSettersBuilder<AuditRecord>>> Edit)[] Edits =
    [
        ("Sequence", r => u => u.SetProperty(x => x.Sequence, r.Sequence + 100_000)),
        ("At", r => u => u.SetProperty(x => x.At, r.At.AddMilliseconds(1))),
        ("ActorId", r => u => u.SetProperty(x => x.ActorId, Tweak(r.ActorId))),
        ("ActorName", r => u => u.SetProperty(x => x.ActorName, Tweak(r.ActorName))),
        ("Address", r => u => u.SetProperty(x => x.Address, r.Address == "203.0.113.9" ? "203.0.113.8" : "203.0.113.9")),
        ("Action", r => u => u.SetProperty(x => x.Action, r.Action == "update" ? "create" : "update")),
        ("EntityType", r => u => u.SetProperty(x => x.EntityType, Tweak(r.EntityType))),
        ("EntityId", r => u => u.SetProperty(x => x.EntityId, Tweak(r.EntityId))),
        ("Before", r => u => u.SetProperty(x => x.Before, r.Before == null ? "{}" : null)),
        ("After", r => u => u.SetProperty(x => x.After, r.After == null ? "{}" : null)),
        ("PreviousHash", r => u => u.SetProperty(x => x.PreviousHash, Tweak(r.PreviousHash))),
        ("Hash", r => u => u.SetProperty(x => x.Hash, Tweak(r.Hash))),
        ("Algorithm", r => u => u.SetProperty(x => x.Algorithm, r.Algorithm == "SM3" ? "SHA-256" : "SM3")),
    ];

    /// <summary>One character changed, the length kept (columns have maximum lengths).</summary>
    private static string Tweak(string? value) =>
        string.IsNullOrEmpty(value) ? "x" : (value[0] == 'a' ? "b" : "a") + value[1..];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Editing_any_column_of_the_first_middle_or_last_record_is_detected_there(string provider)
    {
        await using var host = await SeededAsync(provider);
        var records = await RecordsAsync(host);
        var failures = new List<string>();
        foreach (var position in new[] { 1L, records.Count / 2, records.Count })
        {
            var original = records[(int)position - 1];
            foreach (var (column, edit) in Edits)
            {
                await UpdateAsync(host, original.Sequence, edit(original));
                var result = await VerifyAsync(host);
                if (result.BrokenAt != position)
                {
                    failures.Add($"{column} of record {position}: broken at {result.BrokenAt?.ToString() ?? "nowhere"}");
                }

                await host.RunAsync<OpenGovInfoDbContext>(db => db.AuditRecords.Where(r => r.Id == original.Id).ExecuteUpdateAsync(u => u
                    .SetProperty(x => x.Sequence, original.Sequence).SetProperty(x => x.At, original.At)
                    .SetProperty(x => x.ActorId, original.ActorId).SetProperty(x => x.ActorName, original.ActorName)
                    .SetProperty(x => x.Address, original.Address).SetProperty(x => x.Action, original.Action)
                    .SetProperty(x => x.EntityType, original.EntityType).SetProperty(x => x.EntityId, original.EntityId)
                    .SetProperty(x => x.Before, original.Before).SetProperty(x => x.After, original.After)
                    .SetProperty(x => x.PreviousHash, original.PreviousHash).SetProperty(x => x.Hash, original.Hash)
                    .SetProperty(x => x.Algorithm, original.Algorithm)));
                Assert.True((await VerifyAsync(host)).Intact, $"restoring {column} of record {position}");
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Deleting_the_last_record_is_detected_with_the_kept_head_and_deleting_the_first_always(string provider)
    {
        await using var host = await SeededAsync(provider);
        var records = await RecordsAsync(host);
        var head = (await VerifyAsync(host)).HeadHash;
        Assert.Equal(records[^1].Hash, head);

        await host.RunAsync<OpenGovInfoDbContext>(db => db.AuditRecords.Where(r => r.Sequence == records.Count).ExecuteDeleteAsync());
        // The chain alone is a valid, shorter chain: this is why operators keep the printed head hash.
        Assert.True((await VerifyAsync(host)).Intact);
        var cut = await host.RunAsync<VerifyAuditTrail, AuditVerification>(v => v.RunAsync(head));
        Assert.False(cut.Intact);
        Assert.Equal(records.Count, cut.BrokenAt);
        var connection = host.Database.ConnectionString;
        var (code, output) = CliRunner.Run("audit-log", "verify", "--provider", provider, "--connection", connection, "--head", head);
        Assert.Equal(1, code);
        Assert.Contains("末条哈希已不在链中", output, StringComparison.Ordinal);
        var (shorter, _) = CliRunner.Run("audit-log", "verify", "--provider", provider, "--connection", connection, "--head", records[^2].Hash);
        Assert.Equal(0, shorter);

        await host.RunAsync<OpenGovInfoDbContext>(db => db.AuditRecords.Where(r => r.Sequence == 1).ExecuteDeleteAsync());
        var first = await VerifyAsync(host);
        Assert.Equal(1, first.BrokenAt);
        Assert.Contains("序号 1 的记录缺失", first.Problem, StringComparison.Ordinal);
    }

    private async Task<PlatformHost> SeededAsync(string provider)
    {
        var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        return host;
    }

    private static Task<List<AuditRecord>> RecordsAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, List<AuditRecord>>(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());

    private static Task<AuditVerification> VerifyAsync(PlatformHost host) =>
        host.RunAsync<VerifyAuditTrail, AuditVerification>(v => v.RunAsync());

    private static Task UpdateAsync(PlatformHost host, long sequence, Action<UpdateSettersBuilder<AuditRecord>> edit) =>
        host.RunAsync<OpenGovInfoDbContext>(db => db.AuditRecords.Where(r => r.Sequence == sequence).ExecuteUpdateAsync(edit));
}
