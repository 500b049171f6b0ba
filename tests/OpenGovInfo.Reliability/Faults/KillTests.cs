using OpenGovInfo.Reliability.Infrastructure;
using OpenGovInfo.Testing.Web;
using Xunit.Abstractions;

namespace OpenGovInfo.Reliability.Faults;

/// <summary>
/// Faults survived: the server is killed with SIGKILL at a random moment (seeded) while citizens submit and staff
/// review, 20 times per database. After each restart every acknowledged write is there, no case or item is
/// half-written, and the audit chain verifies.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class KillTests(ReliabilityCluster cluster, ITestOutputHelper output)
{
    private const string Bureau = "平桥区科学技术和工业信息化局";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Killed_twenty_times_mid_write_the_server_loses_nothing_acknowledged(string provider)
    {
        var kills = Settings.Int("OGI_KILLS", 20);
        var database = await TestDatabase.CreateAsync(provider, cluster.Postgres);
        var random = new Random(20261203);
        var web = await WebProcess.StartAsync(database);
        var port = web.Address.Port;
        using var citizen = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = web.Address, Timeout = TimeSpan.FromSeconds(30) };
        var agencyId = await Applicants.AgencyIdAsync(citizen, Bureau);
        var staff = new Dictionary<string, StaffSession>(StringComparer.Ordinal);
        foreach (var user in CrashWorkload.Users.Distinct())
        {
            staff[user] = await StaffSession.SignInAsync(web.Client(cookies: true), user);
        }

        var acknowledged = new Acknowledged();
        var restarts = new List<double>();
        await using var probe = DatabaseProbe.On(database);
        try
        {
            for (var kill = 1; kill <= kills; kill++)
            {
                using var crash = new CancellationTokenSource();
                var workload = new CrashWorkload(citizen, agencyId, staff, acknowledged);
                var running = workload.RunAsync(submitters: 3, crash.Token);
                // The random moment: after 2–8 acknowledged writes (so writes are in flight however slow the machine),
                // then 0–400 ms more, so the kill lands anywhere in a request: parsing, the transaction, the commit, the answer.
                // Every other kill waits for review writes only, so kills land in reviews as well as in submissions.
                var writes = workload.AcknowledgedAsync(kill % 2 == 0 ? random.Next(2, 4) : random.Next(2, 9), reviews: kill % 2 == 0);
                Assert.True(await Task.WhenAny(writes, running, Task.Delay(TimeSpan.FromSeconds(120))) == writes,
                    "no write was acknowledged: " + string.Join(Environment.NewLine, acknowledged.Errors.Take(5)) + "\n" + web.Log);
                await Task.Delay(random.Next(0, 400));
                workload.Crashing();
                await web.KillAsync();
                await crash.CancelAsync();
                await running;
                await web.DisposeAsync();
                Assert.True(acknowledged.Errors.IsEmpty, string.Join(Environment.NewLine, acknowledged.Errors.Take(5)) + "\n" + web.Log);

                var restart = System.Diagnostics.Stopwatch.StartNew();
                web = await WebProcess.StartAsync(database, port: port);
                restarts.Add(restart.Elapsed.TotalSeconds);
                var missing = await acknowledged.MissingFromAsync(probe);
                Assert.True(missing.Count == 0, $"after kill {kill}: {string.Join(", ", missing.Take(10))}");
                var half = await probe.HalfWrittenAsync();
                Assert.True(half.Count == 0, $"after kill {kill}: {string.Join(Environment.NewLine, half.Take(10))}");
                var audit = await probe.VerifyAuditAsync();
                Assert.True(audit.Intact, $"after kill {kill}: audit chain broken at {audit.BrokenAt}: {audit.Problem}");
            }

            // The run proves something only if writes were in flight; and the last restart takes new ones.
            Assert.NotEmpty(acknowledged.Codes);
            Assert.NotEmpty(acknowledged.Steps);
            Assert.NotNull(await Applicants.SubmitAsync(citizen, agencyId, "重启后的申请"));
            output.WriteLine($"{provider}: {kills} kills; acknowledged {acknowledged.Codes.Count} submissions, {acknowledged.Drafts.Count} drafts, "
                + $"{acknowledged.Steps.Count} review steps; all present, none half-written, audit chain intact; restart to healthy "
                + $"median {restarts.Order().ElementAt(restarts.Count / 2):0.0} s, max {restarts.Max():0.0} s");
        }
        finally
        {
            await web.DisposeAsync();
            database.DeleteFiles();
        }
    }
}
