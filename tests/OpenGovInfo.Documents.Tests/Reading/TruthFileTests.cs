using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;
using Xunit.Abstractions;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Every graded truth cell is read exactly from the published text (and 001 also from the real PDF).</summary>
public sealed class TruthFileTests(ITestOutputHelper output)
{
    private static readonly string[] HardRules = ["T3-1", "T3-2", "T3-3", "T4-1"];

    /// <summary>The only graded cells the reader declines: raw pdftotext order of Table 4 fits T4-1 in two ways.</summary>
    private static readonly Dictionary<string, int> KnownDeclined = new(StringComparer.Ordinal) { ["002_huaian_2024_raw.json"] = 15 };

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Reads_every_graded_cell_of_the_truth(string truthName)
    {
        var (truth, read, ambiguous, _) = Load(truthName);
        var (graded, correct, wrong) = TruthGrader.Grade(truth, read, ambiguous);
        output.WriteLine($"{truthName}: {correct}/{graded} graded cells correct");
        var misread = wrong.Where(w => !w.EndsWith("read null", StringComparison.Ordinal)).ToList();
        Assert.True(misread.Count == 0, $"{truthName}: wrong values\n" + string.Join('\n', misread));
        Assert.Equal(KnownDeclined.GetValueOrDefault(truthName), wrong.Count);
    }

    [Fact]
    public void Raw_text_review_table_in_scrambled_order_is_declined_with_a_finding_not_guessed()
    {
        var (_, read, _, _) = Load("002_huaian_2024_raw.json");
        Assert.All(read.ReviewLitigation!.Flattened(), v => Assert.Null(v));
        Assert.Contains(read.Findings, f => f.Rule == "READ" && f.Where.StartsWith("review_litigation", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Detects_the_format_from_structure(string truthName)
    {
        var (truth, read, _, _) = Load(truthName);
        Assert.Equal(truth.Format, read.Format);
    }

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Hard_rule_findings_equal_the_expected_findings(string truthName)
    {
        var (_, read, _, expected) = Load(truthName);
        var actual = read.Findings.Where(f => HardRules.Contains(f.Rule)).Select(f => f.Rule + "@" + f.Where).ToHashSet();
        Assert.Equal(expected.Order(StringComparer.Ordinal), actual.Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> TruthNames() => TruthData.TruthNames();

    private static (AnnualReport Truth, AnnualReport Read, HashSet<string> Ambiguous, HashSet<string> Expected) Load(string truthName)
    {
        var truthPath = Path.Combine(SharedPaths.TruthFolder, truthName);
        var truth = TruthData.Load(truthPath);
        var stem = Path.GetFileNameWithoutExtension(truthName);
        var source = new[] { ".txt", ".pdf" }.Select(e => Path.Combine(SharedPaths.ReportsFolder, stem + e)).First(File.Exists);
        var result = AnnualReportReader.ReadFile(source);
        Assert.True(result.Succeeded, $"{source}: {result.Failure} {result.Error}");
        var (ambiguous, expected) = TruthGrader.Extras(truthPath);
        return (truth, result.Report!, ambiguous, expected);
    }
}
