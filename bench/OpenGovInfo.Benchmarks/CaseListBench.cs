using OpenGovInfo.Domain.Staff;
using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// <c>caselist [N]</c>: the staff work queue over N (default 100,000) stored cases on SQLite — an officer's 待我办理,
/// a 政务公开办 overview across agencies, and a search — 300 queries each, p50/p95 against the 100 ms target.
/// </summary>
internal static class CaseListBench
{
    internal static async Task<int> RunAsync(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        var path = Path.Combine(Path.GetTempPath(), $"ogi-caselist-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite", ["ConnectionStrings:OpenGovInfo"] = $"Data Source={path}",
        }).Build();
        var services = new ServiceCollection().AddLogging(l => l.SetMinimumLevel(LogLevel.Warning)).AddPlatform(configuration);
        services.AddStaffAccounts();
        await using var provider = services.BuildServiceProvider();
        try
        {
            var agencies = await SeedAsync(provider, count);
            var officer = new CaseActor("bench", "信息员", agencies[2], new HashSet<string> { StaffRoleNames.Editor });
            var supervisor = new CaseActor("bench-s", "政务公开办", null, new HashSet<string> { StaffRoleNames.Supervisor });
            Console.WriteLine($"cases: {count:N0} on SQLite, {agencies.Count} agencies");
            await MeasureAsync(provider, "officer 待我办理 page 1", officer, new CaseQueueQuery());
            await MeasureAsync(provider, "officer 全部在办 page 20", officer, new CaseQueueQuery(CaseQueueScope.Open, Page: 20));
            await MeasureAsync(provider, "supervisor overdue/at-risk", supervisor, new CaseQueueQuery());
            await MeasureAsync(provider, "officer search by code", officer, new CaseQueueQuery(CaseQueueScope.All, Search: "2025-BENCH0000500"));
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(path);
        }
    }

    private static async Task MeasureAsync(ServiceProvider provider, string name, CaseActor actor, CaseQueueQuery query)
    {
        var times = new List<double>();
        for (var i = 0; i < 330; i++)
        {
            await using var scope = provider.CreateAsyncScope();
            var worklist = scope.ServiceProvider.GetRequiredService<CaseWorklist>();
            var watch = Stopwatch.StartNew();
            var page = await worklist.RunAsync(actor, query);
            watch.Stop();
            GC.KeepAlive(page);
            if (i >= 30)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine($"{name,-32} p50 {times[times.Count / 2],7:F2} ms  p95 {times[(int)(times.Count * 0.95)],7:F2} ms  (target p95 < 100 ms)");
    }

    private static async Task<List<int>> SeedAsync(ServiceProvider provider, int count)
    {
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
        var ids = new List<int>();
        for (var a = 0; a < 7; a++)
        {
            var code = $"1141150300505{a:D4}";
            var agency = new Agency($"基准机关{a}", Domain.Agencies.AgencyKind.Department,
                Domain.Agencies.UnifiedSocialCreditCode.TryParse(code + Domain.Agencies.UnifiedSocialCreditCode.CheckCharacter(code), out var c, out _) ? c : throw new InvalidOperationException(),
                null, DateTimeOffset.UtcNow);
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            ids.Add(agency.Id);
        }

        var random = new Random(20261203);
        var start = new DateOnly(2023, 1, 3);
        for (var i = 0; i < count; i++)
        {
            var received = start.AddDays(random.Next(0, 1400));
            var open = random.Next(10) == 0;
            db.Applications.Add(new ApplicationRow
            {
                AgencyId = ids[i % ids.Count], TrackingCode = $"{received.Year}-BENCH{i:D7}", AccessKeyHash = new string('0', 64),
                ApplicantKind = (ApplicantKind)(1 + (i % 6)), ApplicantName = "王伟", Phone = "13800000000", ApplicantKey = $"{i % 5000:D64}",
                Description = $"{received.Year}年度预算执行情况说明 第{i}件", ArrivedOn = received, ReceivedOn = received, CreatedAt = DateTimeOffset.UtcNow,
                Status = open ? CaseStatus.Processing : CaseStatus.Replied, ReplyDue = received.AddDays(28), NextDue = open ? received.AddDays(28) : null,
                NextDueKind = open ? PendingKind.Reply : null, ClosedOn = open ? null : received.AddDays(20), OutcomeCode = open ? null : "granted", EventCount = open ? 1 : 2,
            });
            if (i % 10_000 == 9_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        await db.SaveChangesAsync();
        return ids;
    }
}
