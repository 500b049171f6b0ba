using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using OpenGovInfo.Documents.Json;
using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// <c>reader [ROUNDS] [--baseline DIR] [--texts DIR]</c>: whole layout-text reports per CPU-second on one thread — read, every
/// consistency rule, canonical JSON written — over <c>pdftotext -layout</c> texts of whole multi-page reports: the
/// corpus's reports printed by the project's PDF renderer (with each fixture's narrative), its LibreOffice exports,
/// and the real 淮安 2024 report. With <c>--baseline</c> (a folder holding another build of OpenGovInfo.Documents.dll and
/// OpenGovInfo.Domain.dll, e.g. made by <c>bench/reader-baseline.sh</c>), that build runs the same workload in the
/// same process, rounds interleaved, so the two figures share the machine's load. <c>--texts</c> reads the *.txt
/// of another folder instead.
/// </summary>
internal static class ReaderBench
{
    public static int Run(string[] args)
    {
        var rounds = args.Length > 1 && !args[1].StartsWith('-') ? int.Parse(args[1], CultureInfo.InvariantCulture) : 20;
        var baselineAt = Array.IndexOf(args, "--baseline");
        var textsAt = Array.IndexOf(args, "--texts");
        var texts = textsAt >= 0
            ? [.. Directory.GetFiles(args[textsAt + 1], "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]
            : Workload();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"workload: {texts.Length} layout texts, {texts.Average(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1024:F1} KB mean ({texts.Min(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1024:F1}–{texts.Max(t => System.Text.Encoding.UTF8.GetByteCount(t)) / 1024:F1} KB)"));
        var readers = new List<(string Name, Func<string, int> Read)> { ("current", ReadCurrent) };
        if (baselineAt >= 0)
        {
            readers.Add(("baseline", BaselineReader.Load(args[baselineAt + 1])));
        }

        var perRound = Math.Max(1, 1000 / texts.Length) * texts.Length;
        var cpu = readers.Select(_ => new List<double>()).ToArray();
        foreach (var (_, read) in readers)
        {
            Pass(read, texts, perRound); // warm-up: JIT and tiering
        }

        var process = Process.GetCurrentProcess();
        for (var r = 0; r < rounds; r++)
        {
            for (var k = 0; k < readers.Count; k++)
            {
                process.Refresh();
                var start = process.TotalProcessorTime;
                Pass(readers[k].Read, texts, perRound);
                process.Refresh();
                cpu[k].Add((process.TotalProcessorTime - start).TotalSeconds);
            }
        }

        // Other processes on a shared machine slow a round down (caches, frequency) even in CPU time, so the median
        // and the best round are printed beside the total.
        for (var k = 0; k < readers.Count; k++)
        {
            var total = cpu[k].Sum();
            var sorted = cpu[k].Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{readers[k].Name}: {rounds * perRound} reports in {total:F2} s CPU = {rounds * perRound / total:F0}/s per core; rounds of {perRound}: median {perRound / sorted[sorted.Count / 2]:F0}/s, best {perRound / sorted[0]:F0}/s"));
        }

        return 0;
    }

    /// <summary>The layout texts: tests/fixtures/reader-corpus/*/*.txt and the real 001_huaian_2024_layout.txt.</summary>
    public static string[] Workload() =>
    [
        .. Directory.GetFiles(BenchData.ReaderCorpus, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText),
        File.ReadAllText(Path.Combine(BenchData.Shared, "fixtures", "reports", "001_huaian_2024_layout.txt")),
    ];

    private static int ReadCurrent(string text)
    {
        var result = AnnualReportReader.ReadText(text, "bench.txt");
        return result.Report is { } report ? AnnualReportJsonWriter.Serialize(report).Length : 0;
    }

    private static void Pass(Func<string, int> read, string[] texts, int count)
    {
        var sink = 0;
        for (var i = 0; i < count; i++)
        {
            sink += read(texts[i % texts.Length]);
        }

        if (sink == 0)
        {
            throw new InvalidOperationException("nothing was read");
        }
    }

    /// <summary>Loads another build of the reader beside this one (its own Domain types) and calls it by reflection.</summary>
    private sealed class BaselineReader(string folder) : System.Runtime.Loader.AssemblyLoadContext("baseline")
    {
        private readonly string folder = folder;

        public static Func<string, int> Load(string folder)
        {
            var context = new BaselineReader(Path.GetFullPath(folder));
            var documents = context.LoadFromAssemblyPath(Path.Combine(context.folder, "OpenGovInfo.Documents.dll"));
            var readText = documents.GetType("OpenGovInfo.Documents.Reading.AnnualReportReader")!.GetMethod("ReadText")!;
            var serialize = documents.GetType("OpenGovInfo.Documents.Json.AnnualReportJsonWriter")!.GetMethod("Serialize")!;
            PropertyInfo? reportProperty = null;
            return text =>
            {
                var result = readText.Invoke(null, [text, "bench.txt", CancellationToken.None])!;
                reportProperty ??= result.GetType().GetProperty("Report")!;
                return reportProperty.GetValue(result) is { } report ? ((string)serialize.Invoke(null, [report])!).Length : 0;
            };
        }

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            // Only the project's own assemblies come from the baseline folder; libraries are shared.
            var path = Path.Combine(folder, assemblyName.Name + ".dll");
            return assemblyName.Name!.StartsWith("OpenGovInfo.", StringComparison.Ordinal) && File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
