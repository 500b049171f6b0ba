using System.Globalization;
using System.Text.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Compares a read report with a truth file cell by cell (tools/score.py conventions).</summary>
internal static class TruthGrader
{
    /// <summary>Graded cells, correct cells and the wrong ones described.</summary>
    public static (int Graded, int Correct, List<string> Wrong) Grade(AnnualReport truth, AnnualReport read, ISet<string> ambiguous)
    {
        var wrong = new List<string>();
        var graded = 0;
        foreach (var (path, expected, actual) in Cells(truth, read))
        {
            if (expected is null)
            {
                continue;
            }

            graded++;
            var ok = actual == expected || (ambiguous.Contains(path) && actual is null);
            if (!ok)
            {
                wrong.Add(string.Create(CultureInfo.InvariantCulture, $"{path}: expected {expected}, read {actual?.ToString(CultureInfo.InvariantCulture) ?? "null"}"));
            }
        }

        return (graded, graded - wrong.Count, wrong);
    }

    /// <summary>The truth file's ambiguous_cells and expected_findings.</summary>
    public static (HashSet<string> Ambiguous, HashSet<string> ExpectedFindings) Extras(string truthPath)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(truthPath));
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        var findings = new HashSet<string>(StringComparer.Ordinal);
        if (doc.RootElement.TryGetProperty("ambiguous_cells", out var a) && a.ValueKind == JsonValueKind.Array)
        {
            ambiguous.UnionWith(a.EnumerateArray().Select(e => e.GetString()!));
        }

        if (doc.RootElement.TryGetProperty("expected_findings", out var f) && f.ValueKind == JsonValueKind.Array)
        {
            findings.UnionWith(f.EnumerateArray().Select(e => e.GetProperty("rule").GetString() + "@" + e.GetProperty("where").GetString()));
        }

        return (ambiguous, findings);
    }

    private static IEnumerable<(string Path, decimal? Expected, decimal? Actual)> Cells(AnnualReport truth, AnnualReport read)
    {
        var format = truth.Definition;
        if (truth.Proactive is { } tp && read.Format == truth.Format)
        {
            foreach (var item in format.ProactiveItems)
            {
                foreach (var m in format.BlockOf(item.Code)!.Measures)
                {
                    yield return ($"proactive.{item.Code}.{m.Code}", tp[item.Code, m.Code], read.Proactive?[item.Code, m.Code]);
                }
            }
        }

        foreach (var row in format.ApplicationRows)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                var actual = read.Format == truth.Format ? read.Applications?[row.Code, c] : null;
                yield return (string.Create(CultureInfo.InvariantCulture, $"applications.{row.Code}[{c}]"), truth.Applications?[row.Code, c], actual);
            }
        }

        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            for (var m = 0; m < ReviewLitigationTable.MeasureCount; m++)
            {
                var path = $"review_litigation.{TableLayouts.ReviewGroups[g].Code}.{TableLayouts.ReviewMeasures[m].Code}";
                yield return (path, truth.ReviewLitigation?.GroupAt(g)?[m], read.ReviewLitigation?.GroupAt(g)?[m]);
            }
        }
    }
}
