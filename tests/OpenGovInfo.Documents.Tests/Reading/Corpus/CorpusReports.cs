using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Documents.Tests.Reading.Corpus;

/// <summary>The reports the corpus prints: fixture truths and consistent reports with realistic magnitudes.</summary>
internal static class CorpusReports
{
    /// <summary>A fixture truth with the editorial note stripped from the agency name.</summary>
    public static AnnualReport Fixture(string truthName)
    {
        var truth = TruthData.Load(Path.Combine(SharedPaths.TruthFolder, truthName));
        truth.Agency = truth.Agency?.Split('（')[0];
        return truth;
    }

    /// <summary>
    /// A fixture truth with the narrative sections its published text has (as the reader finds them), so that a
    /// rendered copy is a whole report, not only its tables.
    /// </summary>
    public static AnnualReport FixtureWithNarrative(string truthName)
    {
        var truth = Fixture(truthName);
        var stem = Path.GetFileNameWithoutExtension(truthName);
        var source = Directory.GetFiles(SharedPaths.ReportsFolder, stem + ".*").Order(StringComparer.Ordinal).First();
        if (Documents.Reading.AnnualReportReader.ReadFile(source).Report is { } published)
        {
            foreach (var (key, text) in published.Sections)
            {
                truth.Sections[key] = text;
            }
        }

        return truth;
    }

    /// <summary>A consistent report whose counts run into two and three digits (so glued digits could be cut).</summary>
    public static AnnualReport Larger(ReportFormat format, int seed, string agency, int year)
    {
        var random = new Random(seed);
        var n = ReportBuilder.OutcomeRowCount(format);
        var report = ReportBuilder.Consistent(
            format,
            [.. Enumerable.Range(0, 6).Select(c => Enumerable.Range(0, n).Select(_ => random.Next(0, c == 0 ? 140 : 12)).ToArray())],
            [.. Enumerable.Range(0, 6).Select(_ => random.Next(0, 15))],
            [.. Enumerable.Range(0, 6).Select(_ => random.NextDouble() / 4)],
            [.. Enumerable.Range(0, 3).Select(_ => Enumerable.Range(0, 4).Select(_ => random.Next(0, 20)).ToArray())],
            [.. Enumerable.Range(0, 12).Select(_ => random.Next(0, 400))]);
        report.Agency = agency;
        report.Year = year;
        return report;
    }

    /// <summary>A copy with 总计 unknown on every outcome row (what a trial-format page that leaves it blank shows).</summary>
    public static AnnualReport WithBlankOutcomeTotals(AnnualReport report)
    {
        var copy = AnnualReportJsonReader.Read(AnnualReportJsonWriter.Serialize(report)).Report!;
        foreach (var row in copy.Definition.ApplicationRows.Where(r => r.Kind == ApplicationRowKind.Outcome))
        {
            copy.Applications![row.Code, TableLayouts.TotalColumn] = null;
        }

        return copy;
    }
}
