using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;
using Xunit.Abstractions;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Every graded truth cell is read exactly from the published text (and 001 also from the real PDF).</summary>
public sealed class TruthFileTests(ITestOutputHelper output)
{
    private static readonly string[] HardRules = ["T3-1", "T3-2", "T3-3", "T4-1"];

    [Theory]
    [MemberData(nameof(TruthNames))]
    public void Reads_every_graded_cell_of_the_truth(string truthName)
    {
        var (truth, read, ambiguous, _) = Load(truthName);
        var (graded, correct, wrong) = TruthGrader.Grade(truth, read, ambiguous);
        output.WriteLine($"{truthName}: {correct}/{graded} graded cells correct");
        Assert.True(wrong.Count == 0, $"{truthName}: {correct}/{graded}\n" + string.Join('\n', wrong));
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
