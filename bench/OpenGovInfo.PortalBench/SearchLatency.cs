using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.PortalBench;

/// <summary>Search latency through the real use case (segmentation, SQL, row load, highlighting): p50 / p95 / max.</summary>
internal static class SearchLatency
{
    private static readonly string[] Queries = ["公开", "科技创新", "工业企业 安全生产", "政务服务", "专项资金", "数字化转型", "节能", "统计调查 招商引资"];

    // A third of the searches filter by year, a quarter by agency and category (the portal's search form), the rest
    // search everything.
    private static SearchFilter Filter(int i) => new(
        AgencyId: i % 4 == 1 ? 1 : null,
        Category: i % 4 == 1 ? InformationCategory.All[i % 7].Code : null,
        Year: i % 3 == 0 ? 2020 : null);

    private static string Kind(SearchFilter filter) =>
        (filter.Year is null ? "" : "year ") + (filter.Category is null ? "" : "agency+category");

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var services = new ServiceCollection().AddLogging().AddPlatform(options.Configuration).BuildServiceProvider();
        var timings = new List<double>();
        var byKind = new Dictionary<string, List<double>>();
        for (var i = 0; i < 400; i++)
        {
            await using var scope = services.CreateAsyncScope();
            var search = scope.ServiceProvider.GetRequiredService<SearchItems>();
            var watch = Stopwatch.StartNew();
            var results = await search.RunAsync(Queries[i % Queries.Length], Filter(i));
            watch.Stop();
            if (i >= 40)
            {
                timings.Add(watch.Elapsed.TotalMilliseconds);
                var kind = $"{Queries[i % Queries.Length]} {Kind(Filter(i))}";
                (byKind.TryGetValue(kind, out var list) ? list : byKind[kind] = []).Add(watch.Elapsed.TotalMilliseconds);
            }

            // Every word is in the seeded texts: an unfiltered search with no hit means the index is broken.
            if (results.Total == 0 && Filter(i) == new SearchFilter())
            {
                Console.Error.WriteLine($"no hits for {Queries[i % Queries.Length]}");
                return 1;
            }
        }

        timings.Sort();
        double At(double q) => timings[(int)Math.Min(timings.Count - 1, Math.Ceiling(q * timings.Count) - 1)];
        Console.WriteLine($"search {options.Database.Provider}: n={timings.Count} p50={At(0.50):F1} ms p95={At(0.95):F1} ms max={timings[^1]:F1} ms");
        if (options.Detail)
        {
            // Where the slow searches are: the median and maximum of each query and filter kind, slowest first.
            foreach (var (kind, list) in byKind.OrderByDescending(k => Median(k.Value)))
            {
                Console.WriteLine($"  {kind,-24} n={list.Count,3} p50={Median(list),5:F1} ms max={list.Max(),5:F1} ms");
            }
        }

        return 0;
    }
}
