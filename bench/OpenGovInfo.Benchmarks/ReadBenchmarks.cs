using System.Text;
using BenchmarkDotNet.Attributes;
using OpenGovInfo.Documents.Reading;
using UglyToad.PdfPig;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// Issue #3 targets: text reports ≥ 2,000/s on one core; reading the PDF ≤ 1.25× PdfPig's own <c>page.Text</c>
/// extraction of the same file. Run: <c>dotnet run -c Release -- --filter '*ReadBenchmarks*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private string[] texts = [];
    private byte[] pdf = [];
    private int next;

    [GlobalSetup]
    public void Setup()
    {
        var reports = Path.Combine(BenchData.Shared, "fixtures", "reports");
        texts = [.. Directory.GetFiles(reports, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        pdf = File.ReadAllBytes(Path.Combine(reports, "001_huaian_2024.pdf"));
    }

    /// <summary>One text report per operation, cycling through every fixture text (reports/s = 1 / mean).</summary>
    [Benchmark]
    public bool ReadOneTextReport()
    {
        var text = texts[next++ % texts.Length];
        return AnnualReportReader.ReadText(text, "bench.txt").Succeeded;
    }

    /// <summary>Baseline: PdfPig's own text of every page.</summary>
    [Benchmark(Baseline = true)]
    public int PdfPigPageText()
    {
        using var document = PdfDocument.Open(pdf);
        var sb = new StringBuilder();
        foreach (var page in document.GetPages())
        {
            sb.Append(page.Text);
        }

        return sb.Length;
    }

    /// <summary>
    /// <c>throughput [N]</c>: reads N text reports on one thread and divides by this process's CPU time, so the
    /// figure stays meaningful when other processes share the cores (wall-clock benchmarks then overstate the cost).
    /// </summary>
    public static int Throughput(string[] args)
    {
        var count = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
        var bench = new ReadBenchmarks();
        bench.Setup();
        for (var i = 0; i < 200; i++)
        {
            bench.ReadOneTextReport();
        }

        var process = System.Diagnostics.Process.GetCurrentProcess();
        var cpu0 = process.TotalProcessorTime;
        var wall = System.Diagnostics.Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            bench.ReadOneTextReport();
        }

        process.Refresh();
        var cpu = (process.TotalProcessorTime - cpu0).TotalSeconds;
        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"text reports: {count} in {cpu:F2} s CPU ({count / cpu:F0}/s per core), {wall.Elapsed.TotalSeconds:F2} s wall"));
        return 0;
    }

    /// <summary>
    /// <c>pdfratio [N]</c>: N interleaved rounds of PdfPig <c>page.Text</c> and of the full PDF read, each timed in
    /// process CPU time (robust to other load on the machine); prints the ratio of the totals.
    /// </summary>
    public static int PdfRatio(string[] args)
    {
        var rounds = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 30;
        var bench = new ReadBenchmarks();
        bench.Setup();
        bench.PdfPigPageText();
        bench.ReadPdfReport();
        var process = System.Diagnostics.Process.GetCurrentProcess();
        double baseline = 0, ours = 0;
        for (var i = 0; i < rounds; i++)
        {
            baseline += CpuSeconds(process, () => bench.PdfPigPageText());
            ours += CpuSeconds(process, () => bench.ReadPdfReport());
        }

        Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"pdf: page.Text {baseline / rounds * 1000:F1} ms CPU, full read {ours / rounds * 1000:F1} ms CPU, ratio {ours / baseline:F2}"));
        return 0;
    }

    private static double CpuSeconds(System.Diagnostics.Process process, Action action)
    {
        process.Refresh();
        var start = process.TotalProcessorTime;
        action();
        process.Refresh();
        return (process.TotalProcessorTime - start).TotalSeconds;
    }

    /// <summary>The whole PDF read: positions → lines → tables → report with findings.</summary>
    [Benchmark]
    public bool ReadPdfReport() => AnnualReportReader.Read(new MemoryStream(pdf, false), "001.pdf").Succeeded;
}
