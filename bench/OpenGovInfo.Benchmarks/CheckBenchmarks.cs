using BenchmarkDotNet.Attributes;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.AnnualReports.Rules;

namespace OpenGovInfo.Benchmarks;

/// <summary>Issue target: checking one report &lt; 20 µs.</summary>
[MemoryDiagnoser]
public class CheckBenchmarks
{
    private AnnualReport report = null!;
    private AnnualReport previous = null!;

    [GlobalSetup]
    public void Setup()
    {
        report = BenchData.Sample();
        previous = BenchData.Sample();
        previous.Year = 2022;
    }

    [Benchmark(Baseline = true)]
    public int CheckOneReport() => ConsistencyChecker.Check(report).Count;

    [Benchmark]
    public int CheckWithPreviousYear() => ConsistencyChecker.Check(report, previous).Count;
}
