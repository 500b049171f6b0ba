using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OpenGovInfo.Reliability.Load;

/// <summary>
/// A closed-loop load: <c>clients</c> concurrent loops, each sending its next request as soon as the last one is
/// answered, for a fixed time. Mix per request: 50 % portal reads (home, item page, agency list), 25 % searches,
/// 25 % application submissions. Any non-2xx answer or transport failure is an error.
/// </summary>
public sealed class LoadRun(HttpClient client, int agencyId, IReadOnlyList<int> itemIds)
{
    private static readonly string[] Words = ["公开", "政府信息", "通知", "预算", "科技", "年度报告", "政务"];

    /// <summary>Runs and returns the figures.</summary>
    public async Task<LoadResult> RunAsync(int clients, TimeSpan duration, int seed = 12)
    {
        var latencies = new ConcurrentBag<double>();
        var errors = new ConcurrentQueue<string>();
        var codes = new ConcurrentBag<string>();
        var kinds = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var stop = new CancellationTokenSource(duration);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(n => Task.Run(async () =>
        {
            var random = new Random(seed * 1000 + n);
            var sequence = 0;
            while (!stop.IsCancellationRequested)
            {
                var roll = random.Next(100);
                var kind = roll < 50 ? "read" : roll < 75 ? "search" : "submit";
                var started = Stopwatch.GetTimestamp();
                try
                {
                    var ok = kind switch
                    {
                        "read" => await ReadAsync(random),
                        "search" => await SearchAsync(random),
                        _ => await SubmitAsync(codes, $"负载测试 客户端{n} 第{++sequence}件 {Guid.NewGuid():N}"),
                    };
                    if (!ok.Success)
                    {
                        errors.Enqueue($"{kind}: {ok.Detail}");
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
                {
                    errors.Enqueue($"{kind}: {ex.GetType().Name} {ex.Message}");
                }

                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                kinds.AddOrUpdate(kind, 1, (_, c) => c + 1);
            }
        })));
        return new LoadResult(clients, clock.Elapsed, [.. latencies], kinds, [.. errors], [.. codes]);
    }

    private async Task<(bool Success, string Detail)> ReadAsync(Random random)
    {
        var path = random.Next(3) switch
        {
            0 => "/",
            1 => $"/items/{itemIds[random.Next(itemIds.Count)]}",
            _ => $"/agencies/{agencyId}/items",
        };
        return await GetAsync(path);
    }

    private Task<(bool Success, string Detail)> SearchAsync(Random random) =>
        GetAsync(random.Next(2) == 0
            ? $"/search?q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}"
            : $"/api/v1/items?q={Uri.EscapeDataString(Words[random.Next(Words.Length)])}");

    private async Task<(bool Success, string Detail)> GetAsync(string path)
    {
        using var response = await client.GetAsync(path);
        await response.Content.LoadIntoBufferAsync();
        return (response.IsSuccessStatusCode, $"GET {path} → {(int)response.StatusCode}");
    }

    private async Task<(bool Success, string Detail)> SubmitAsync(ConcurrentBag<string> codes, string description)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/applications", Infrastructure.Applicants.Body(agencyId, description));
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.Created)
        {
            return (false, $"POST /api/v1/applications → {(int)response.StatusCode} {body[..Math.Min(body.Length, 200)]}");
        }

        using var receipt = JsonDocument.Parse(body);
        codes.Add(receipt.RootElement.GetProperty("trackingCode").GetString()!);
        return (true, string.Empty);
    }
}
