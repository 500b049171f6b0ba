namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A narrative section's text: from its (first) heading in the outline to the next heading of another section, in
/// the normalised text; the reader's section text only when the outline does not find the heading. Null when the
/// report does not have the section.
/// </summary>
public static class SectionText
{
    private static readonly int[] NarrativeSections = [1, 5, 6];

    /// <summary>The text of section <paramref name="section"/> (1–6), normalised (<see cref="LabelText.Normalize"/>), or null.</summary>
    public static string? Of(PublishedReport report, int section)
    {
        ArgumentNullException.ThrowIfNull(report);
        var outline = report.Text.Outline;
        var starts = outline.Where(h => h.Section == section).ToList();
        if (starts.Count == 0)
        {
            var key = TableLayouts.Sections[section - 1].NarrativeKey;
            return key is not null && report.Report.Sections.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text)
                ? LabelText.Normalize(text)
                : null;
        }

        // A heading printed more than once (the seed's 一、总体情况; a page that repeats its headings) opens the
        // section each time: its text is every stretch from one of its headings to the next heading of another section.
        var compact = report.Text.Compact;
        var sb = new System.Text.StringBuilder();
        foreach (var start in starts)
        {
            var from = start.Offset + start.Heading.Length;
            var end = outline.FirstOrDefault(h => h.Offset > start.Offset && h.Section != section)?.Offset ?? compact.Length;
            if (from < end && (sb.Length == 0 || !IsInside(starts, start, outline)))
            {
                sb.Append(compact, from, end - from);
            }
        }

        return sb.ToString();
    }

    /// <summary>True when <paramref name="start"/> lies in the stretch an earlier heading of the same section already
    /// took (no heading of another section in between).</summary>
    private static bool IsInside(List<OutlineHeading> starts, OutlineHeading start, IReadOnlyList<OutlineHeading> outline)
    {
        var earlier = starts.LastOrDefault(h => h.Offset < start.Offset);
        return earlier is not null && !outline.Any(h => h.Offset > earlier.Offset && h.Offset < start.Offset && h.Section != start.Section);
    }

    /// <summary>All narrative text: sections 一, 五 and 六 joined.</summary>
    public static string Narrative(PublishedReport report) =>
        string.Join("\n", NarrativeSections.Select(s => Of(report, s)).Where(t => t is not null));
}
