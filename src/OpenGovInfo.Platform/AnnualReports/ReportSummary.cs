namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>A line of a report list: one agency and year.</summary>
/// <param name="AgencyId">The agency.</param>
/// <param name="AgencyName">Its name.</param>
/// <param name="Year">The year.</param>
/// <param name="Status">Where it stands, or null when nothing is saved yet (未编制).</param>
/// <param name="Version">The latest version (0 when none).</param>
/// <param name="Errors">Rule errors of the latest version at save time.</param>
/// <param name="Warnings">Rule warnings of the latest version at save time.</param>
/// <param name="SubmittedAt">Last submitted (UTC).</param>
/// <param name="PublishedAt">Published (UTC).</param>
/// <param name="Due">The legal publication date.</param>
/// <param name="Late">Not published by <paramref name="Due"/>.</param>
/// <param name="ContentHash">SHA-256 of the published JSON.</param>
public sealed record ReportSummary(
    int AgencyId, string AgencyName, int Year, ReportStatus? Status, int Version, int Errors, int Warnings,
    DateTimeOffset? SubmittedAt, DateTimeOffset? PublishedAt, DateOnly Due, bool Late, string? ContentHash)
{
    /// <summary>Compiled here or imported from a published file.</summary>
    public ReportSource Source { get; init; }

    /// <summary>The imported file's name (imported reports only).</summary>
    public string? SourceFileName { get; init; }

    /// <summary>The format key the imported original is kept under (<c>pdf</c>, <c>docx</c>, <c>html</c>…), or null.</summary>
    public string? SourceFormat => SourceFileName is { } name && ImportPublishedReport.Kinds.TryGetValue(Path.GetExtension(name), out var kind) ? kind.Format : null;

    /// <summary>The status as people read it.</summary>
    public string StatusName => Status?.Name() ?? "未编制";
}
