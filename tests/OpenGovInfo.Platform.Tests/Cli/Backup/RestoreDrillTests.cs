using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Platform.Tests.Applications;
using OpenGovInfo.Platform.Tests.Publishing;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Cli.Backup;

/// <summary>
/// The restore drill: the demo district under a stream of submissions and drafts is backed up by <c>ogi backup</c>,
/// restored by <c>ogi restore</c> into a fresh database, and the copy must hold every write acknowledged before the
/// backup began, no half-written case or item, and open and migrate with the platform.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class RestoreDrillTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_backup_taken_under_writes_restores_every_acknowledged_write_and_nothing_half_written(string provider)
    {
        var folder = BackupFiles.NewFolder();
        var backup = Path.Combine(folder, provider == "Sqlite" ? "ogi.db" : "ogi.dump");
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        Assert.True(await host.RunAsync<DemoSeeder, bool>(s => s.SeedIfEmptyAsync("Test#Pingqiao2026")));
        var agencyId = await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.Where(a => a.Name == DemoDistrict.Bureau).Select(a => a.Id).SingleAsync());

        var applications = new ConcurrentQueue<int>();
        var items = new ConcurrentQueue<int>();
        using var stop = new CancellationTokenSource();
        // The writer signals each round it completes (one application and one item), so the test waits for rounds,
        // not for time.
        using var rounds = new SemaphoreSlim(0);
        var writer = Task.Run(() => WriteUntilStoppedAsync(host, agencyId, applications, items, rounds, stop.Token));
        await WaitForRoundsAsync(rounds, writer, 5);

        var applicationsBefore = applications.ToArray();
        var itemsBefore = items.ToArray();
        var (code, output, errors) = CliRunner.RunWithErrors(
            ["backup", "--provider", provider, "--connection", host.Database.ConnectionString, "-o", backup, "--pg-bin", postgres.BinariesDirectory]);
        var writerAliveAfterBackup = !writer.IsCompleted;
        // Keep writing a little after the backup, so the source has moved on from the snapshot.
        await WaitForRoundsAsync(rounds, writer, 3);

        await stop.CancelAsync();
        await writer;
        Assert.True(code == 0, output + errors);
        Assert.True(writerAliveAfterBackup, writer.Exception?.ToString());
        Assert.True(applications.Count > applicationsBefore.Length, "the writer stopped before the backup was taken");

        var fresh = await TestDatabase.CreateAsync(provider, postgres);
        var (restored, restoreOutput, restoreErrors) = CliRunner.RunWithErrors(
            ["restore", backup, "--provider", provider, "--connection", fresh.ConnectionString, "--pg-bin", postgres.BinariesDirectory]);
        Assert.True(restored == 0, restoreOutput + restoreErrors);
        Assert.Contains("已恢复", restoreOutput, StringComparison.Ordinal);

        if (provider == "Sqlite")
        {
            await using var check = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = fresh.FilePath, Pooling = false }.ConnectionString);
            await check.OpenAsync();
            await using var integrity = check.CreateCommand();
            integrity.CommandText = "PRAGMA integrity_check";
            Assert.Equal("ok", await integrity.ExecuteScalarAsync());
        }

        await using var copy = await PlatformHost.OnExistingAsync(fresh);
        // The restored database opens and migrates like any installation's (nothing pending: same build).
        Assert.Empty(await copy.RunAsync<DatabaseMigrator, IReadOnlyList<string>>(m => m.MigrateAsync()));
        var manifest = BackupFiles.ReadManifest(backup);
        await copy.RunAsync<OpenGovInfoDbContext>(async db =>
        {
            var applicationIds = await db.Applications.Select(a => a.Id).ToListAsync();
            var itemIds = await db.Items.Select(i => i.Id).ToListAsync();
            Assert.Empty(applicationsBefore.Except(applicationIds));
            Assert.Empty(itemsBefore.Except(itemIds));

            // No half-written case or item: every log starts at 0 and has no gaps.
            var events = await db.ApplicationEvents.GroupBy(e => e.ApplicationId)
                .Select(g => new { Id = g.Key, Count = g.Count(), Max = g.Max(e => e.Sequence), Min = g.Min(e => e.Sequence) }).ToListAsync();
            Assert.Equal(applicationIds.Order(), events.Select(e => e.Id).Order());
            Assert.All(events, e => Assert.True(e.Min == 0 && e.Max == e.Count - 1, $"application {e.Id} has a broken log"));
            var itemEvents = await db.ItemEvents.Select(e => e.ItemId).Distinct().ToListAsync();
            Assert.Empty(itemIds.Except(itemEvents));

            // The copy holds what the manifest says the snapshot held, table by table.
            Assert.Equal((long)manifest["rowCounts"]!["applications"]!, applicationIds.Count);
            Assert.Equal((long)manifest["rowCounts"]!["application_events"]!, await db.ApplicationEvents.LongCountAsync());
            Assert.Equal((long)manifest["rowCounts"]!["items"]!, itemIds.Count);
            Assert.Equal((string?)manifest["lastMigration"], db.Database.GetMigrations().Last());
        });

        // And the platform works on it: a case written under load replays from its stored log.
        var last = applicationsBefore[^1];
        var log = await copy.RunAsync<OpenGovInfoDbContext, CaseLog?>(db => CaseLog.LoadAsync(db, WorkingDayCalendar.China, Domain.Applications.ClockSettings.Default, last, CancellationToken.None));
        Assert.NotNull(log);
        fresh.DeleteFiles();
        Directory.Delete(folder, recursive: true);
    }

    private static async Task WaitForRoundsAsync(SemaphoreSlim rounds, Task writer, int count)
    {
        for (var i = 0; i < count; i++)
        {
            // Either the writer finished a round or it stopped (a failure, reported with its exception).
            var finished = await Task.WhenAny(rounds.WaitAsync(), writer);
            Assert.False(finished == writer, writer.Exception?.ToString() ?? "the writer stopped");
        }
    }

    private static async Task WriteUntilStoppedAsync(PlatformHost host, int agencyId, ConcurrentQueue<int> applications, ConcurrentQueue<int> items, SemaphoreSlim rounds, CancellationToken stop)
    {
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            // One resident per round: a single applicant would hit the 20-a-day online limit (ADR 0026) on a fast machine.
            var submitted = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u =>
                u.RunAsync(agencyId, ApplicationFixture.NaturalNumber(i % 1000, $"演练申请第{i}号：2025年本区道路养护资金安排"), Arrival.Online, [], null, CaseActor.Applicant));
            Assert.True(submitted.IsSuccess, string.Join(" ", submitted.Errors.Select(e => e.Message)));
            applications.Enqueue(submitted.Value.Id);

            var drafted = await host.RunAsync<CreateDraft, Result<int>>(u =>
                u.RunAsync(agencyId, PublishingFixture.Editor, PublishingFixture.Input($"演练稿件第{i}号：道路养护工作动态")));
            Assert.True(drafted.IsSuccess, string.Join(" ", drafted.Errors.Select(e => e.Message)));
            items.Enqueue(drafted.Value);
            rounds.Release();
        }
    }
}
