using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>The printed order of a report, shared by every renderer so that they cannot drift apart.</summary>
internal static class ReportOutline
{
    // The format's sections without a narrative key are its table sections, in table order (二, 三, 四).
    private static readonly ReportTableKind[] TableOrder =
        [ReportTableKind.Proactive, ReportTableKind.Applications, ReportTableKind.ReviewLitigation];

    /// <summary>The six sections of the report's format with their narrative paragraphs or table.</summary>
    public static IReadOnlyList<OutlineSection> Build(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var result = new List<OutlineSection>();
        var tableIndex = 0;
        foreach (var section in report.Definition.Sections)
        {
            if (section.NarrativeKey is { } key)
            {
                result.Add(new OutlineSection(section, Paragraphs(report, key, section.Heading), null));
            }
            else
            {
                result.Add(new OutlineSection(section, [], TableOrder[tableIndex++]));
            }
        }

        return result;
    }

    /// <summary>
    /// A narrative split into paragraphs on newlines, blank lines dropped. Some sources repeat the heading as the
    /// first line of the text; it is dropped so it is not printed twice.
    /// </summary>
    public static IReadOnlyList<string> Paragraphs(AnnualReport report, string key, string heading)
    {
        if (!report.Sections.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var lines = text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        if (lines.Count > 0 && LabelText.SameLabel(lines[0], heading))
        {
            lines.RemoveAt(0);
        }

        return lines;
    }
}
