namespace OpenGovInfo.Documents.Reading;

/// <summary>What was printed for one table row: the candidate splits of its number run and where it was.</summary>
internal sealed class RowReading
{
    /// <summary>Creates a reading.</summary>
    public RowReading(List<decimal?[]> candidates, bool truncated, string raw, SourcePlace place, IReadOnlyList<NumberChunk> chunks)
    {
        Candidates = candidates;
        Chunks = chunks;
        Truncated = truncated;
        Raw = raw;
        Place = place;
    }

    /// <summary>Every split of the printed digits into the row's cells that the digit rules allow.</summary>
    public List<decimal?[]> Candidates { get; set; }

    /// <summary>True when there were too many splits to list (the row is then unreadable).</summary>
    public bool Truncated { get; }

    /// <summary>The printed chunks the candidates were cut from.</summary>
    public IReadOnlyList<NumberChunk> Chunks { get; }

    /// <summary>The candidate that reads the row's 总计 cell as blank (see <see cref="ShortRows"/>), if added.</summary>
    public decimal?[]? BlankTotal { get; set; }

    /// <summary>The printed digits, quoted in findings.</summary>
    public string Raw { get; }

    /// <summary>Where the digits were printed.</summary>
    public SourcePlace Place { get; }

    /// <summary>The single remaining split, or null.</summary>
    public decimal?[]? Single => !Truncated && Candidates.Count == 1 ? Candidates[0] : null;
}
