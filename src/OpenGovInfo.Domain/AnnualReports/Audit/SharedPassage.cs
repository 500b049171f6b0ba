namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>The longest sentence two reports share word for word (digits aside), to show a near-copy to people.</summary>
public static class SharedPassage
{
    private const int Shortest = 12;

    /// <summary>The longest shared sentence of <paramref name="a"/> as printed in it, or null.</summary>
    public static string? Longest(ReportText a, ReportText b)
    {
        var theirs = Sentences(b.Compact).Select(s => NarrativeShingles.Strip(s)).Where(s => s.Length >= Shortest).ToHashSet(StringComparer.Ordinal);
        return Sentences(a.Compact)
            .Where(s => NarrativeShingles.Strip(s) is { Length: >= Shortest } key && theirs.Contains(key)
                && StatutoryWording.Remove(key).Length >= Shortest)
            .MaxBy(s => s.Length);
    }

    private static string[] Sentences(string compact) => compact.Split(['。', ';', '；', '!', '?'], StringSplitOptions.RemoveEmptyEntries);
}
