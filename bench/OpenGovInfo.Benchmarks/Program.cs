using BenchmarkDotNet.Running;
using OpenGovInfo.Benchmarks;

// `fuzz N [seed]` runs the reader fuzzer (see ReadFuzz.cs), `calendar` times 1,000,000 due-date computations,
// `applications` 1,000,000 application case replays, `throughput [N]` the CPU-time text reader rate, `reader [ROUNDS]
// [--baseline DIR]` whole layout-text reports with JSON output against a baseline build (ReaderBench.cs), `pdfratio [N]`
// the CPU-time PDF read vs PdfPig page.Text, `audit [N]` 10,000 generated reports with planted copies audited (AuditBench.cs);
// `reports [sqlite|postgres|both]` the annual report compiled from 100,000 cases and rolled up over 200 agencies (ReportBench.cs);
// anything else goes to BenchmarkDotNet
// (pick a suite with --filter, e.g. --filter '*Check*').
if (args.Length > 0 && args[0] == "fuzz")
{
    return ReadFuzz.Run(args);
}

if (args.Length > 0 && args[0] == "throughput")
{
    return ReadBenchmarks.Throughput(args);
}

if (args.Length > 0 && args[0] == "calendar")
{
    return CalendarBenchmarks.Run();
}

if (args.Length > 0 && args[0] == "reader")
{
    return ReaderBench.Run(args);
}

if (args.Length > 0 && args[0] == "applications")
{
    return ApplicationClockBenchmarks.Run();
}

if (args.Length > 0 && args[0] == "caselist")
{
    return await CaseListBench.RunAsync(args);
}

if (args.Length > 0 && args[0] == "reports")
{
    return await ReportBench.RunAsync(args);
}

if (args.Length > 0 && args[0] == "audit")
{
    return AuditBench.Run(args);
}

if (args.Length > 0 && args[0] == "pdfratio")
{
    return ReadBenchmarks.PdfRatio(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
