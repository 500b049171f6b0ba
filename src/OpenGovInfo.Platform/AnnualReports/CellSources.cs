namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>The records behind one compiled cell: a number nobody can trace is a number nobody trusts.</summary>
/// <param name="Kind">The table the ids belong to.</param>
/// <param name="Ids">The records counted (or summed), in id order.</param>
public sealed record CellSources(SourceKind Kind, IReadOnlyList<int> Ids);
