using System.Globalization;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Enumerates every way a row's printed chunks can be cut into its cells: each glued chunk is cut into pieces
/// that are whole numbers without leading zeros (a lone 0 is fine), exact chunks stay whole, and the pieces must
/// number exactly the row's cells. The caller keeps only splits its arithmetic accepts; it never picks one of
/// several — a reader that cannot decide leaves the cells null.
/// </summary>
internal static class GluedDigitSplitter
{
    /// <summary>Longest piece accepted for one cell (beyond this a count is implausible and int overflows).</summary>
    public const int MaxPieceDigits = 9;

    /// <summary>
    /// The splits of <paramref name="chunks"/> into <paramref name="cells"/> values (null = blank cell), at most
    /// <paramref name="limit"/> of them; <c>Truncated</c> says the limit was hit (the caller must then give up).
    /// </summary>
    public static (List<decimal?[]> Splits, bool Truncated) Split(IReadOnlyList<NumberChunk> chunks, int cells, int limit = 512)
    {
        ArgumentNullException.ThrowIfNull(chunks);
        var results = new List<decimal?[]>();
        if (!Feasible(chunks, 0, cells))
        {
            return (results, false);
        }

        if (chunks.Count == cells)
        {
            // Each printed chunk is then exactly one cell (a cut would leave too many pieces): one split or none.
            return (OnePerCell(chunks) is { } single ? [single] : results, false);
        }

        var current = new decimal?[cells];
        var truncated = false;
        Recurse(chunks, 0, 0, current, results, limit, ref truncated);
        return (results, truncated);
    }

    private static void Recurse(IReadOnlyList<NumberChunk> chunks, int chunkIndex, int cell, decimal?[] current,
        List<decimal?[]> results, int limit, ref bool truncated)
    {
        if (truncated)
        {
            return;
        }

        if (chunkIndex == chunks.Count)
        {
            if (cell == current.Length)
            {
                if (results.Count >= limit)
                {
                    truncated = true;
                    return;
                }

                results.Add((decimal?[])current.Clone());
            }

            return;
        }

        var chunk = chunks[chunkIndex];
        if (chunk.Exact || chunk.Digits is null || chunk.Digits.Contains('.', StringComparison.Ordinal))
        {
            if (cell < current.Length && Whole(chunk.Digits, out var value))
            {
                current[cell] = value;
                Recurse(chunks, chunkIndex + 1, cell + 1, current, results, limit, ref truncated);
            }

            return;
        }

        CutChunk(chunks, chunkIndex, chunk.Digits, 0, cell, current, results, limit, ref truncated);
    }

    private static void CutChunk(IReadOnlyList<NumberChunk> chunks, int chunkIndex, string digits, int offset, int cell,
        decimal?[] current, List<decimal?[]> results, int limit, ref bool truncated)
    {
        if (offset == digits.Length)
        {
            if (Feasible(chunks, chunkIndex + 1, current.Length - cell))
            {
                Recurse(chunks, chunkIndex + 1, cell, current, results, limit, ref truncated);
            }

            return;
        }

        if (cell >= current.Length)
        {
            return;
        }

        var maxLength = digits[offset] == '0' ? 1 : Math.Min(MaxPieceDigits, digits.Length - offset);
        for (var length = 1; length <= maxLength && !truncated; length++)
        {
            current[cell] = decimal.Parse(digits.AsSpan(offset, length), NumberStyles.None, CultureInfo.InvariantCulture);
            CutChunk(chunks, chunkIndex, digits, offset + length, cell + 1, current, results, limit, ref truncated);
        }

        current[cell] = null;
    }

    /// <summary>Whether the chunks from <paramref name="from"/> can fill exactly <paramref name="cells"/> cells.</summary>
    private static bool Feasible(IReadOnlyList<NumberChunk> chunks, int from, int cells)
    {
        int min = 0, max = 0;
        for (var i = from; i < chunks.Count; i++)
        {
            var c = chunks[i];
            if (c.Exact || c.Digits is not { } digits || digits.Contains('.', StringComparison.Ordinal))
            {
                (min, max) = (min + 1, max + 1);
                continue;
            }

            min += (digits.Length + MaxPieceDigits - 1) / MaxPieceDigits;
            max += digits.Length;
        }

        return cells >= min && cells <= max;
    }

    private static decimal?[]? OnePerCell(IReadOnlyList<NumberChunk> chunks)
    {
        var cells = new decimal?[chunks.Count];
        for (var i = 0; i < chunks.Count; i++)
        {
            var chunk = chunks[i];
            var cut = !chunk.Exact && chunk.Digits is { } d && !d.Contains('.', StringComparison.Ordinal);
            if (cut && chunk.Digits is { } digits && (digits.Length > MaxPieceDigits || (digits.Length > 1 && digits[0] == '0')))
            {
                return null;
            }

            if (!Whole(chunk.Digits, out var value))
            {
                return null;
            }

            cells[i] = value;
        }

        return cells;
    }

    private static bool Whole(string? digits, out decimal? value)
    {
        value = null;
        if (digits is null)
        {
            return true;
        }

        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
