using BenchmarkDotNet.Attributes;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// Issue #10 target: computing all deadlines for 1,000,000 cases in under a second. Each case is an event log (receipt
/// 2019–2030, official and provisional years) of one of five shapes: receipt only; a 补正 round; a consultation; an
/// extension; a paid fee. Baseline: the obvious day-by-day walk for the reply deadline alone (skipping consultation and
/// payment days); measured: <see cref="ApplicationCase.Replay"/> — validation of every event, status, and every
/// deadline as a <see cref="Deadline"/> record (reply, original reply, supplement notice, consultation lapse, payment).
/// </summary>
[ShortRunJob]
[MemoryDiagnoser]
public class ApplicationClockBenchmarks
{
    /// <summary>Cases per benchmark invocation.</summary>
    public const int Count = 1_000_000;

    private readonly WorkingDayCalendar calendar = WorkingDayCalendar.China;
    private ApplicationEvent[][] cases = [];

    /// <summary>Fixed workload (seed 20261203).</summary>
    [GlobalSetup]
    public void Setup() => cases = Workload(calendar, Count);

    /// <summary>The naive loop: reply deadline only, walking day by day and skipping excluded days.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = Count)]
    public int DayByDay()
    {
        var sum = 0;
        foreach (var events in cases)
        {
            var start = events[0].On;
            DateOnly? pauseFrom = null, pauseTo = null;
            foreach (var e in events)
            {
                switch (e)
                {
                    case SupplementReceived s: start = s.On; break;
                    case ConsultationStarted c: pauseFrom = c.On; break;
                    case ConsultationEnded c: pauseTo = c.On; break;
                    case FeeNoticeIssued f: pauseFrom = f.On; break;
                    case FeePaid p: pauseTo = p.On; break;
                }
            }

            var target = events.OfType<ExtensionApproved>().FirstOrDefault() is { } x ? 20 + x.WorkingDays : 20;
            var d = start;
            for (var counted = 0; counted < target;)
            {
                d = d.AddDays(1);
                var excluded = pauseFrom is { } f && pauseTo is { } t && d > f && d <= t;
                counted += !excluded && calendar.IsWorkingDay(d) ? 1 : 0;
            }

            sum += d.DayNumber;
        }

        return sum;
    }

    /// <summary>The domain as the platform calls it: replay each log into a case with every deadline.</summary>
    [Benchmark(OperationsPerInvoke = Count)]
    public int Replay()
    {
        var clock = new StatutoryClock(calendar);
        var sum = 0;
        foreach (var events in cases)
        {
            var c = ApplicationCase.Replay(events, clock).Case!;
            sum += (c.ReplyDeadline?.Due.DayNumber ?? 0) + (c.SupplementNoticeDeadline?.Due.DayNumber ?? 0)
                + (c.Fee?.PaymentDeadline?.Due.DayNumber ?? 0) + (c.Consultations.Count > 0 ? c.Consultations[0].Lapse!.Due.DayNumber : 0)
                + (c.ReplyDeadline?.Provisional == true ? 1 : 0);
        }

        return sum;
    }

    /// <summary>The fixed workload: one million valid logs of five shapes.</summary>
    public static ApplicationEvent[][] Workload(WorkingDayCalendar calendar, int count)
    {
        var random = new Random(20261203);
        var first = new DateOnly(2019, 1, 2).DayNumber;
        var last = new DateOnly(2030, 10, 31).DayNumber;
        var result = new ApplicationEvent[count][];
        for (var i = 0; i < count; i++)
        {
            var received = DateOnly.FromDayNumber(random.Next(first, last));
            var r = new ApplicationReceived(received, ReceiptChannel.InPerson, (ApplicantKind)(1 + (i % 6)));
            var day = calendar.AddWorkingDays(received, 1 + random.Next(6));
            var later = calendar.AddWorkingDays(day, 1 + random.Next(10));
            result[i] = (i % 5) switch
            {
                0 => [r],
                1 => [r, new SupplementRequested(day, day.AddDays(15)), new SupplementReceived(later)],
                2 => [r, new ConsultationStarted(day, "甲", ConsultationKind.ThirdParty), new ConsultationEnded(later, "甲")],
                3 => [r, new ExtensionApproved(day, "主任", day, 1 + random.Next(20))],
                _ => [r, new FeeNoticeIssued(day, day, FeeMethod.PerPage, 1_700_00), new FeePaid(later)],
            };
        }

        return result;
    }

    /// <summary><c>applications</c>: wall time for 1,000,000 cases on this thread (one core), best of five, both ways.</summary>
    public static int Run()
    {
        var bench = new ApplicationClockBenchmarks();
        bench.Setup();
        var baseline = BestOf.Five(() => bench.DayByDay());
        var replay = BestOf.Five(() => bench.Replay());
        var before = GC.GetAllocatedBytesForCurrentThread();
        bench.Replay();
        var bytesPerCase = (GC.GetAllocatedBytesForCurrentThread() - before) / Count;
        Console.WriteLine("1,000,000 application cases (receipt 2019–2030; plain, 补正, 征求意见, 延长, 收费), one thread, best of 5:");
        Console.WriteLine($"  day-by-day reply deadline only (baseline): {baseline.TotalMilliseconds:F0} ms");
        Console.WriteLine($"  ApplicationCase.Replay, all deadlines:     {replay.TotalMilliseconds:F0} ms ({baseline / replay:F1}× the baseline's speed; target < 1000 ms; {bytesPerCase} bytes allocated per case)");
        return replay < TimeSpan.FromSeconds(1) ? 0 : 1;
    }
}
