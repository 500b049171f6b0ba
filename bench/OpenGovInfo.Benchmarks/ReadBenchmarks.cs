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

    /// <summary>The whole PDF read: positions → lines → tables → report with findings.</summary>
    [Benchmark]
    public bool ReadPdfReport() => AnnualReportReader.Read(new MemoryStream(pdf, false), "001.pdf").Succeeded;
}
