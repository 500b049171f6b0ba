using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Platform.Tests.Cli;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Audit;

[Collection(DatabaseCollection.Name)]
public sealed class AuditTrailTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Use_cases_leave_an_intact_chain_that_reveals_an_edit_and_a_deletion(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await SeedAsync(host);
        var application = await host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking()
            .Where(a => a.IdNumber != null).OrderBy(a => a.Id).FirstAsync());
        var officer = new CaseActor("officer-1", "王丽", application.AgencyId, new HashSet<string> { StaffRoleNames.Editor }, "192.0.2.7");
        Assert.True((await host.RunAsync<GetCase, Common.Result<CaseView>>(g => g.RunAsync(application.AgencyId, application.Id, officer))).IsSuccess);

        var records = await host.RunAsync<OpenGovInfoDbContext, List<AuditRecord>>(db => db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).ToListAsync());
        Assert.Contains(records, r => r.Action == "create" && r.EntityType == "applications");
        Assert.Contains(records, r => r.Action == "create" && r.EntityType == "AspNetUsers");
        Assert.Contains(records, r => r.Action == "create" && r.EntityType == "items");
        var view = Assert.Single(records, r => r.Action == "view");
        Assert.Equal(("officer-1", "王丽", "192.0.2.7", application.Id.ToString()), (view.ActorId, view.ActorName, view.Address, view.EntityId));
        Assert.All(records, r => Assert.Equal("SM3", r.Algorithm));
        // The applicant's identity number is never kept in clear, nor its hash (a hash of an ID number is easily reversed).
        Assert.DoesNotContain(records, r => (r.After ?? string.Empty).Contains(application.IdNumber!, StringComparison.Ordinal));
        Assert.DoesNotContain(records, r => (r.After ?? string.Empty).Contains(application.ApplicantKey, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(1, records.Count).Select(i => (long)i), records.Select(r => r.Sequence));

        var connection = host.Database.ConnectionString;
        var (code, output) = CliRunner.Run("audit-log", "verify", "--provider", provider, "--connection", connection);
        Assert.True(code == 0, output);
        Assert.Contains($"共 {records.Count} 条", output, StringComparison.Ordinal);

        var original = records[2].After;
        await ExecuteAsync(host, db => db.Database.ExecuteSqlRawAsync(
            "UPDATE audit_records SET \"After\" = {0} WHERE \"Sequence\" = 3", "{\"Name\":\"改过的\"}"));
        (code, output) = CliRunner.Run("audit-log", "verify", "--provider", provider, "--connection", connection);
        Assert.Equal(1, code);
        Assert.Contains("序号 3 处断裂", output, StringComparison.Ordinal);
        Assert.Contains("被修改", output, StringComparison.Ordinal);

        await ExecuteAsync(host, db => db.Database.ExecuteSqlRawAsync(
            "UPDATE audit_records SET \"After\" = {0} WHERE \"Sequence\" = 3", original!));
        Assert.Equal(0, CliRunner.Run("audit-log", "verify", "--provider", provider, "--connection", connection).Code);

        await ExecuteAsync(host, db => db.Database.ExecuteSqlRawAsync("DELETE FROM audit_records WHERE \"Sequence\" = 5"));
        (code, output) = CliRunner.Run("audit-log", "verify", "--provider", provider, "--connection", connection);
        Assert.Equal(1, code);
        Assert.Contains("序号 5 处断裂", output, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_nodes_appending_at_once_keep_one_unbroken_chain(string provider)
    {
        await using var first = await PlatformHost.StartAsync(provider, postgres);
        await using var second = await PlatformHost.AlongsideAsync(first);
        var applicationId = await SeedOneApplicationAsync(first);
        const int PerNode = 15;

        await Task.WhenAll(Views(first, "一号节点"), Views(second, "二号节点"));

        var views = await first.RunAsync<OpenGovInfoDbContext, int>(db => db.AuditRecords.CountAsync(r => r.Action == "view"));
        Assert.Equal(2 * PerNode, views);
        var result = await first.RunAsync<VerifyAuditTrail, AuditVerification>(v => v.RunAsync());
        Assert.True(result.Intact, result.Problem);

        async Task Views(PlatformHost host, string node)
        {
            await Task.Yield();
            for (var i = 0; i < PerNode; i++)
            {
                await host.RunAsync<OpenGovInfoDbContext>(async db =>
                {
                    db.PersonalDataViews.Add(new PersonalDataViewRow
                    {
                        ApplicationId = applicationId, ActorId = node, ActorName = node, Purpose = "案件详情", At = DateTimeOffset.UtcNow,
                    });
                    await db.SaveChangesAsync();
                });
            }
        }
    }

    [Fact]
    public async Task Sha256_can_be_chosen_and_a_failed_save_leaves_no_record()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:Hash"] = "SHA-256" }).Build();
        Assert.Equal(AuditHashAlgorithm.Sha256, AuditOptions.From(configuration).Hash);
        var bad = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Audit:Hash"] = "MD5" }).Build();
        Assert.Throws<InvalidOperationException>(() => { _ = AuditOptions.From(bad); });

        await using var host = await PlatformHost.StartAsync("Sqlite", postgres);
        var before = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.AuditRecords.CountAsync());
        // A view of a case that does not exist violates the foreign key: neither the row nor its record may stay.
        await Assert.ThrowsAsync<DbUpdateException>(() => host.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            db.PersonalDataViews.Add(new PersonalDataViewRow { ApplicationId = 999_999, ActorId = "x", ActorName = "x", Purpose = "案件详情", At = DateTimeOffset.UtcNow });
            await db.SaveChangesAsync();
        }));
        Assert.Equal(before, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.AuditRecords.CountAsync()));
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.PersonalDataViews.CountAsync()));
    }

    private static async Task SeedAsync(PlatformHost host)
    {
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
    }

    private static async Task<int> SeedOneApplicationAsync(PlatformHost host)
    {
        await SeedAsync(host);
        return await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Applications.OrderBy(a => a.Id).Select(a => a.Id).FirstAsync());
    }

    private static Task ExecuteAsync(PlatformHost host, Func<OpenGovInfoDbContext, Task<int>> sql) =>
        host.RunAsync<OpenGovInfoDbContext>(async db => await sql(db));
}
