using System.Diagnostics;

namespace OpenGovInfo.Benchmarks;

/// <summary>Wall time of the fastest of five runs on this thread, for the fixed-workload bench commands.</summary>
internal static class BestOf
{
    internal static TimeSpan Five(Func<int> action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            var watch = Stopwatch.StartNew();
            GC.KeepAlive(action());
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
