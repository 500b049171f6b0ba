using BenchmarkDotNet.Attributes;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// Issue target: 1,000,000 due-date computations across years (official 2019–2026 and provisional 2027–2030) in under
/// a second on one core. Baseline: the obvious day-by-day loop over the same calendar; measured: the statutory clock
/// (prefix sums and a binary search, with the provisional check).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    /// <summary>Computations per benchmark invocation.</summary>
    public const int Count = 1_000_000;

    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.China;
    private (DateOnly Start, int Days)[] work = [];

    /// <summary>Fixed workload: starts spread over 2019–2030, periods of 1–40 working days (seed 20261203).</summary>
    [GlobalSetup]
    public void Setup() => work = Workload(Count);

    /// <summary>The naive loop: walk day by day, counting working days.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int DayByDay()
    {
        var sum = 0;
        foreach (var (start, days) in work)
        {
            var d = start;
            for (var counted = 0; counted < days;)
            {
                d = d.AddDays(1);
                counted += calendar.IsWorkingDay(d) ? 1 : 0;
            }

            sum += d.DayNumber;
        }

        return sum;
    }

    /// <summary>The statutory clock as the platform calls it: due date, provisional flag, deadline record.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int StatutoryClock()
    {
        var clock = new StatutoryClock(calendar);
        var sum = 0;
        foreach (var (start, days) in work)
        {
            var deadline = clock.Set(start, days, "bench").Deadline!;
            sum += deadline.Due.DayNumber + (deadline.Provisional ? 1 : 0);
        }

        return sum;
    }

    /// <summary>The fixed workload.</summary>
    public static (DateOnly Start, int Days)[] Workload(int count)
    {
        var random = new Random(20261203);
        var first = new DateOnly(2019, 1, 1).DayNumber;
        var last = new DateOnly(2030, 12, 31).DayNumber;
        return [.. Enumerable.Range(0, count).Select(_ => (DateOnly.FromDayNumber(random.Next(first, last)), random.Next(1, 41)))];
    }

    /// <summary><c>calendar</c>: wall time of 1,000,000 computations on this thread (one core), best of five, both ways.</summary>
    public static int Run()
    {
        var bench = new CalendarBenchmarks();
        bench.Setup();
        var baseline = BestOf.Five(() => bench.DayByDay());
        var clock = BestOf.Five(() => bench.StatutoryClock());
        Console.WriteLine($"1,000,000 due computations (2019–2030, 1–40 working days), one thread, best of 5:");
        Console.WriteLine($"  day-by-day loop (baseline): {baseline.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  StatutoryClock.Set:         {clock.TotalMilliseconds:F0} ms ({baseline / clock:F1}× faster; target < 1000 ms)");
        var years = ShippedCalendar.OfficialYears();
        var build = BestOf.Five(() => WorkingDayCalendar.Create(years).CoveredRange.Last.Year);
        Console.WriteLine($"  building the calendar (8 official years, provisional to 2099): {build.TotalMilliseconds:F1} ms");
        return clock < TimeSpan.FromSeconds(1) ? 0 : 1;
    }
}
