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
        var start = outline.FirstOrDefault(h => h.Section == section);
        if (start is null)
        {
            var key = TableLayouts.Sections[section - 1].NarrativeKey;
            return key is not null && report.Report.Sections.TryGetValue(key, out var text) && !string.IsNullOrWhiteSpace(text)
                ? LabelText.Normalize(text)
                : null;
        }

        var from = start.Offset + start.Heading.Length;
        var end = outline.FirstOrDefault(h => h.Offset > start.Offset && h.Section != section)?.Offset ?? report.Text.Compact.Length;
        return from < end ? report.Text.Compact[from..end] : "";
    }

    /// <summary>All narrative text: sections 一, 五 and 六 joined.</summary>
    public static string Narrative(PublishedReport report) =>
        string.Join("\n", NarrativeSections.Select(s => Of(report, s)).Where(t => t is not null));
}
