namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>
/// All or nothing: when any row is invalid, <see cref="Records"/> is empty and <see cref="Issues"/> lists every
/// problem row by row; otherwise every row is returned.
/// </summary>
/// <typeparam name="T">The register record type.</typeparam>
public sealed class RegisterImportResult<T>
{
    internal RegisterImportResult(IReadOnlyList<T> parsed, IReadOnlyList<ImportIssue> issues)
    {
        Issues = issues;
        Records = issues.Count == 0 ? parsed : [];
    }

    /// <summary>The records to import: all rows, or none.</summary>
    public IReadOnlyList<T> Records { get; }

    /// <summary>The validation report, in row order.</summary>
    public IReadOnlyList<ImportIssue> Issues { get; }

    /// <summary>True when every row is valid (and there was at least one).</summary>
    public bool IsImported => Issues.Count == 0;
}
