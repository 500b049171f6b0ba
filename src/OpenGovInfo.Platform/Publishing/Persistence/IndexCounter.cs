namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// The last 索引号 sequence used per agency and year. Incremented by one upsert inside the publishing transaction
/// (<see cref="IndexNumberAllocator"/>), so numbers are unique and gap-free across web nodes: a rolled-back publication
/// rolls its number back too.
/// </summary>
public sealed class IndexCounter
{
    /// <summary>Agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>Year.</summary>
    public int Year { get; set; }

    /// <summary>Last sequence issued.</summary>
    public int Last { get; set; }
}
