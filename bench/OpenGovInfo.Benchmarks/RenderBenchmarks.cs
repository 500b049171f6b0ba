using BenchmarkDotNet.Attributes;
using OpenGovInfo.Documents.Writing;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Benchmarks;

/// <summary>Issue targets per report: HTML &lt; 1 ms, DOCX &lt; 20 ms, PDF &lt; 100 ms (Markdown: no target).</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly HtmlReportRenderer html = new();
    private readonly MarkdownReportRenderer markdown = new();
    private readonly DocxReportRenderer docx = new();
    private readonly PdfReportRenderer pdf = new();
    private AnnualReport report = null!;

    [GlobalSetup]
    public void Setup()
    {
        report = BenchData.Sample();

        // Load the CJK font once, as a long-running process does after its first PDF.
        pdf.Render(report, Stream.Null);
    }

    [Benchmark(Baseline = true)]
    public long Html() => Render(html);

    [Benchmark]
    public long Markdown() => Render(markdown);

    [Benchmark]
    public long Docx() => Render(docx);

    [Benchmark]
    public long Pdf() => Render(pdf);

    private long Render(IReportRenderer renderer)
    {
        using var output = new MemoryStream();
        renderer.Render(report, output);
        return output.Length;
    }
}
