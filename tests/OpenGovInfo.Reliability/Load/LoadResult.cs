namespace OpenGovInfo.Reliability.Load;

/// <summary>What a load run measured. Latencies in milliseconds, one per completed request.</summary>
public sealed record LoadResult(int Clients, TimeSpan Duration, IReadOnlyList<double> Latencies, IReadOnlyDictionary<string, int> ByKind,
    IReadOnlyList<string> Errors, IReadOnlyCollection<string> AcknowledgedCodes)
{
    /// <summary>Requests completed.</summary>
    public int Requests => Latencies.Count;

    /// <summary>The <paramref name="percent"/> percentile latency (nearest rank).</summary>
    public double Percentile(double percent)
    {
        if (Latencies.Count == 0)
        {
            return 0;
        }

        var sorted = Latencies.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }

    /// <summary>One line for the test output and docs/reliability.md.</summary>
    public string Summary()
    {
        var kinds = string.Join(", ", ByKind.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => FormattableString.Invariant($"{k.Key} {k.Value}")));
        return FormattableString.Invariant(
            $"{Clients} clients, {Duration.TotalSeconds:0} s: {Requests} requests ({Requests / Duration.TotalSeconds:0} req/s; {kinds}), errors {Errors.Count}, ")
            + FormattableString.Invariant(
            $"p50 {Percentile(50):0.0} ms, p99 {Percentile(99):0.0} ms, max {Percentile(100):0.0} ms, acknowledged submissions {AcknowledgedCodes.Count}");
    }
}
