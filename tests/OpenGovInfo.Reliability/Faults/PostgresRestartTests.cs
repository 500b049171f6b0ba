using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using OpenGovInfo.Reliability.Infrastructure;
using OpenGovInfo.Testing.Web;
using Xunit.Abstractions;

namespace OpenGovInfo.Reliability.Faults;

/// <summary>
/// PostgreSQL restarted under load: while it is down requests fail cleanly and quickly (503, no hang, no 500), and
/// once it is back the same app process serves again — nobody restarts the app.
/// </summary>
[Collection(ReliabilityCollection.Name)]
public sealed class PostgresRestartTests(ReliabilityCluster cluster, ITestOutputHelper output)
{
    private static readonly TimeSpan NoHang = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task The_app_answers_503_during_a_database_restart_and_recovers_without_a_restart_of_its_own()
    {
        var database = await TestDatabase.CreateAsync("PostgreSql", cluster.Postgres);
        await using var web = await WebProcess.StartAsync(database);
        var pid = web.Id;
        using var client = web.Client(timeout: NoHang);
        var agencyId = await Applicants.AgencyIdAsync(client, "平桥区科学技术和工业信息化局");
        var outcomes = new ConcurrentQueue<string>();
        var codes = new ConcurrentBag<string>();
        using var stop = new CancellationTokenSource();
        var load = Task.WhenAll(Enumerable.Range(0, 6).Select(n => Task.Run(async () =>
        {
            var i = 0;
            while (!stop.IsCancellationRequested)
            {
                outcomes.Enqueue(await OneAsync(client, agencyId, n, ++i, codes));
            }
        })));

        await Task.Delay(1000); // load before the outage
        await cluster.Postgres.StopAsync();
        try
        {
            using var down = await client.GetAsync("/health");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
            await Task.Delay(2000); // load during the outage
        }
        finally
        {
            await cluster.Postgres.StartAsync();
        }

        await web.WaitHealthyAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(1000); // load after the outage
        await stop.CancelAsync();
        await load;

        var tally = outcomes.GroupBy(o => o).ToDictionary(g => g.Key, g => g.Count());
        output.WriteLine(string.Join(", ", tally.Select(t => $"{t.Key}: {t.Value}")));
        output.WriteLine(web.UnhandledExceptions);
        Assert.Equal(pid, web.Id);
        Assert.True(web.Running, web.Log);
        var unclean = tally.Keys.Where(k => k is not ("201" or "200" or "503")).ToList();
        Assert.True(unclean.Count == 0, $"unclean answers during the outage: {string.Join(", ", unclean)}\nunhandled:\n{web.UnhandledExceptions}\n{web.Log}");
        Assert.True(tally.GetValueOrDefault("503") > 0, "the outage was not seen");

        // Recovered: new submissions succeed, and every acknowledged one (before, during, after) is stored.
        for (var i = 0; i < 10; i++)
        {
            var code = await Applicants.SubmitAsync(client, agencyId, $"恢复后的申请 {i}");
            Assert.NotNull(code);
            codes.Add(code);
        }

        await using var probe = DatabaseProbe.On(database);
        var stored = await probe.StoredTrackingCodesAsync();
        Assert.All(codes, c => Assert.Contains(c, stored));
        Assert.Empty(await probe.HalfWrittenAsync());
        Assert.True((await probe.VerifyAuditAsync()).Intact);
    }

    /// <summary>One request; the outcome is the status code, or the kind of transport failure ("hang" for a timeout).</summary>
    private static async Task<string> OneAsync(HttpClient client, int agencyId, int client_, int i, ConcurrentBag<string> codes)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            if (client_ % 2 == 0)
            {
                using var response = await client.GetAsync(i % 2 == 0 ? $"/agencies/{agencyId}/items?page={i % 7 + 1}" : $"/search?q=公开{i}");
                return ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            using var post = await client.PostAsJsonAsync("/api/v1/applications", Applicants.Body(agencyId, $"数据库重启测试 {client_}-{i}"));
            if (post.StatusCode == HttpStatusCode.Created)
            {
                using var receipt = System.Text.Json.JsonDocument.Parse(await post.Content.ReadAsStringAsync());
                codes.Add(receipt.RootElement.GetProperty("trackingCode").GetString()!);
            }

            return ((int)post.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (TaskCanceledException) when (clock.Elapsed >= NoHang - TimeSpan.FromSeconds(1))
        {
            return "hang";
        }
        catch (HttpRequestException ex)
        {
            return "transport: " + ex.Message;
        }
    }
}
