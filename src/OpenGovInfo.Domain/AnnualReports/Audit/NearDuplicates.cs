using System.Globalization;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// D4: a report whose wording is a near-copy of the same agency's previous report (CASS: "与去年的重复率竟达90%");
/// D5: near-copies across agencies (跨区域抄袭). Wording = <see cref="NarrativeShingles"/> (statutory wording,
/// table labels, digits removed). ≥ 0.9 is a warning; for D4, ≥ 0.98, or ≥ 0.9 with the very same non-zero
/// figures (东莞 2011: identical but for the year), is an error.
/// </summary>
public static class NearDuplicates
{
    /// <summary>Similarity from which wording is a near-copy.</summary>
    public const double Warning = 0.9;

    /// <summary>Similarity from which a copy of last year is an error by itself.</summary>
    public const double Error = 0.98;

    /// <summary>Reports with fewer shingles than this (a table-only page) are not compared.</summary>
    public const int MinimumShingles = 40;

    /// <summary>The shingles of a report's whole text (its sections when no text was kept), without its own agency's
    /// name: a copy with the name changed is still a copy, like one with the year changed.</summary>
    public static ulong[] ShinglesOf(PublishedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = report.Text.Lines.Count > 0 ? report.Text.Compact : string.Concat(report.Report.Sections.Values);
        return NarrativeShingles.Of(text, report.Agency);
    }

    /// <summary>D4 for a report and the same agency's previous one, or null when not a near-copy.</summary>
    public static AuditFinding? AgainstPrevious(PublishedReport report, ulong[] shingles, PublishedReport previous, ulong[] previousShingles)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(previous);
        if (shingles.Length < MinimumShingles || previousShingles.Length < MinimumShingles)
        {
            return null;
        }

        var similarity = NarrativeShingles.Jaccard(shingles, previousShingles);
        if (similarity < Warning)
        {
            return null;
        }

        var sameFigures = SameNonZeroFigures(report.Report, previous.Report);
        var severity = similarity >= Error || sameFigures ? AuditSeverity.Error : AuditSeverity.Warning;
        return new AuditFinding("D4", severity, "previous:" + previous.ContentHash[..16],
            $"与上年报告（{previous.Year?.ToString(CultureInfo.InvariantCulture) ?? "?"}年，{previous.Source}）的文字相似度为{Percent(similarity)}（去除法定表述、表格标签和数字后）{(sameFigures ? "，且表格数据完全相同" : "")}，疑似照搬上年报告",
            Evidence(report, previous, similarity));
    }

    /// <summary>D5 for every pair of different agencies' reports at or above <see cref="Warning"/>: (report index, finding).</summary>
    public static List<(int Report, AuditFinding Finding)> AcrossAgencies(IReadOnlyList<PublishedReport> reports, IReadOnlyList<ulong[]> shingles)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(shingles);
        var comparable = shingles.Select(s => s.Length >= MinimumShingles ? s : []).ToArray();
        var found = new List<(int, AuditFinding)>();
        foreach (var pair in SimilarityIndex.Find(comparable, Warning))
        {
            var (a, b) = (reports[pair.First], reports[pair.Second]);
            if (a.Agency is { } x && b.Agency is { } y && AgencyNames.Compatible(x, y))
            {
                continue; // the same agency: years (D4) or copies (A6), not copying across agencies
            }

            found.Add((pair.First, Across(a, b, pair.Similarity)));
            found.Add((pair.Second, Across(b, a, pair.Similarity)));
        }

        return found;
    }

    private static AuditFinding Across(PublishedReport report, PublishedReport other, double similarity) =>
        new("D5", AuditSeverity.Warning, "other:" + other.ContentHash[..16],
            $"与{other.Agency ?? "另一机关"}的报告（{other.Source}）文字相似度为{Percent(similarity)}（去除法定表述、表格标签和数字后），疑似相互抄袭",
            Evidence(report, other, similarity));

    private static Evidence[] Evidence(PublishedReport report, PublishedReport other, double similarity)
    {
        var passage = SharedPassage.Longest(report.Text, other.Text);
        var line = passage is null ? null : report.Text.Find(passage);
        return
        [
            new Evidence("similarity", similarity.ToString("0.000", CultureInfo.InvariantCulture), Excerpt: other.Source),
            new Evidence(Page: line?.Page, Line: line?.Number, Excerpt: passage is null ? null : ReportText.Excerpt(passage)),
        ];
    }

    private static bool SameNonZeroFigures(AnnualReport a, AnnualReport b)
    {
        var mine = TableDifferences.Cells(a).Where(c => c.Value is not null).ToList();
        var theirs = TableDifferences.Cells(b).ToDictionary(c => c.Path, c => c.Value, StringComparer.Ordinal);
        return mine.Count > 0 && mine.Any(c => c.Value != 0)
            && mine.All(c => theirs.GetValueOrDefault(c.Path) == c.Value);
    }

    private static string Percent(double x) => (x * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";
}
