using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>One of the six sections as every renderer prints it: heading, narrative paragraphs, table.</summary>
/// <param name="Section">The format's section (its heading is printed exactly).</param>
/// <param name="Paragraphs">Narrative paragraphs; empty for a table section or an absent narrative.</param>
/// <param name="Table">The table printed in this section, or null for a narrative section.</param>
internal sealed record OutlineSection(ReportSection Section, IReadOnlyList<string> Paragraphs, ReportTableKind? Table)
{
    /// <summary>The heading without its ordinal (一、), used as a table caption.</summary>
    public string Topic => Section.Heading.StartsWith(Section.Number, StringComparison.Ordinal)
        ? Section.Heading[Section.Number.Length..].TrimStart('、')
        : Section.Heading;
}
