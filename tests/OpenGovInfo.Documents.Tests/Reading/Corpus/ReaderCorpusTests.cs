using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Testing;
using Xunit.Abstractions;

namespace OpenGovInfo.Documents.Tests.Reading.Corpus;

/// <summary>
/// Every document of the reader corpus (legacy HTML, the 2019 trial format with blank totals, LibreOffice exports
/// whose tables run across pages without a repeated header, the project's own PDFs; as HTML, DOCX, PDF and
/// pdftotext -layout text) reads to 100% of its truth cells with no wrong value.
/// </summary>
public sealed class ReaderCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] DocumentExtensions = [".html", ".docx", ".pdf", ".txt"];

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var relative in DocumentPaths())
        {
            data.Add(relative);
        }

        return data;
    }

    private static List<string> DocumentPaths() =>
    [
        .. Directory.EnumerateFiles(CorpusSources.Root, "*", SearchOption.AllDirectories)
            .Where(f => DocumentExtensions.Contains(Path.GetExtension(f)))
            .Select(f => Path.GetRelativePath(CorpusSources.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal),
    ];

    [Theory]
    [MemberData(nameof(Documents))]
    public void Reads_every_cell_of_the_truth(string relative)
    {
        var path = Path.Combine(CorpusSources.Root, relative);
        var truth = TruthData.Load(Path.ChangeExtension(path, ".truth.json"));
        var result = AnnualReportReader.ReadFile(path);
        Assert.True(result.Succeeded, $"{relative}: {result.Failure} {result.Error}");
        Assert.Equal(truth.Format, result.Report!.Format);
        Assert.Equal(truth.Year, result.Report.Year);
        var (graded, correct, wrong) = TruthGrader.Grade(truth, result.Report, new HashSet<string>());
        output.WriteLine($"{relative}: {correct}/{graded}");
        Assert.True(wrong.Count == 0, $"{relative}: {correct}/{graded}\n" + string.Join('\n', wrong));
        foreach (var row in result.Report.Definition.ApplicationRows.Where(r => result.Report.Applications!.Row(r.Code)!.Any(v => v is null)))
        {
            Assert.Contains(result.Report.Findings, f => f.Rule == "READ" && f.Where == $"applications.{row.Code}");
        }
    }

    [Fact]
    public void Every_family_has_documents_in_every_shape_it_claims()
    {
        var documents = DocumentPaths();
        Assert.Contains(documents, d => d.StartsWith("legacy-html/", StringComparison.Ordinal) && d.EndsWith(".html", StringComparison.Ordinal));
        foreach (var shape in new[] { ".html", ".pdf", ".txt" })
        {
            Assert.Contains(documents, d => d.StartsWith("trial-2019/", StringComparison.Ordinal) && d.EndsWith(shape, StringComparison.Ordinal));
        }

        foreach (var shape in new[] { ".docx", ".pdf", ".txt" })
        {
            Assert.Contains(documents, d => d.StartsWith("page-breaks/", StringComparison.Ordinal) && d.EndsWith(shape, StringComparison.Ordinal));
        }
    }
}
