namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// All pairs of reports at or above a Jaccard threshold, without comparing every pair: MinHash signatures
/// (96 hashes) cut into 12 bands of 8, reports sharing a band bucket become candidates, and each candidate pair is
/// then measured exactly. A pair at 0.9 is a candidate with probability 1 − (1 − 0.9⁸)¹² ≈ 0.999. Reports with
/// identical shingle sets are grouped first, so a thousand copies of one report cost one signature.
/// </summary>
public static class SimilarityIndex
{
    private const int Bands = 12;
    private const int Rows = 8;
    private const int Hashes = Bands * Rows;

    /// <summary>Pairs with similarity ≥ <paramref name="threshold"/>, each once (First &lt; Second).</summary>
    public static List<SimilarPair> Find(IReadOnlyList<ulong[]> sets, double threshold)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var groups = GroupIdentical(sets);
        var pairs = new List<SimilarPair>();
        foreach (var members in groups.Where(g => g.Count > 1 && sets[g[0]].Length > 0))
        {
            for (var a = 0; a < members.Count; a++)
            {
                for (var b = a + 1; b < members.Count; b++)
                {
                    pairs.Add(new SimilarPair(members[a], members[b], 1.0));
                }
            }
        }

        var representatives = groups.Where(g => sets[g[0]].Length > 0).ToList();
        var signatures = new ulong[representatives.Count][];
        Parallel.For(0, representatives.Count, i => signatures[i] = Signature(sets[representatives[i][0]]));
        foreach (var (x, y) in Candidates(signatures))
        {
            var similarity = NarrativeShingles.Jaccard(sets[representatives[x][0]], sets[representatives[y][0]]);
            if (similarity < threshold)
            {
                continue;
            }

            foreach (var a in representatives[x])
            {
                foreach (var b in representatives[y])
                {
                    pairs.Add(new SimilarPair(Math.Min(a, b), Math.Max(a, b), similarity));
                }
            }
        }

        return pairs;
    }

    private static List<List<int>> GroupIdentical(IReadOnlyList<ulong[]> sets)
    {
        var byContent = new Dictionary<ulong, List<List<int>>>();
        var groups = new List<List<int>>();
        for (var i = 0; i < sets.Count; i++)
        {
            var key = sets[i].Aggregate((ulong)sets[i].Length, (h, x) => NarrativeShingles.Mix(h ^ x));
            if (!byContent.TryGetValue(key, out var same))
            {
                byContent[key] = same = [];
            }

            var group = same.FirstOrDefault(g => sets[g[0]].AsSpan().SequenceEqual(sets[i]));
            if (group is null)
            {
                group = [];
                same.Add(group);
                groups.Add(group);
            }

            group.Add(i);
        }

        return groups;
    }

    private static ulong[] Signature(ulong[] set)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in set)
        {
            for (var k = 0; k < Hashes; k++)
            {
                var h = NarrativeShingles.Mix(shingle ^ Seeds[k]);
                if (h < signature[k])
                {
                    signature[k] = h;
                }
            }
        }

        return signature;
    }

    private static readonly ulong[] Seeds = [.. Enumerable.Range(1, Hashes).Select(i => NarrativeShingles.Mix((ulong)i * 0x9E3779B97F4A7C15UL))];

    private static HashSet<(int, int)> Candidates(ulong[][] signatures)
    {
        var candidates = new HashSet<(int, int)>();
        for (var band = 0; band < Bands; band++)
        {
            var buckets = new Dictionary<ulong, List<int>>();
            for (var i = 0; i < signatures.Length; i++)
            {
                var key = (ulong)band;
                for (var r = 0; r < Rows; r++)
                {
                    key = NarrativeShingles.Mix(key ^ signatures[i][band * Rows + r]);
                }

                if (!buckets.TryGetValue(key, out var bucket))
                {
                    buckets[key] = bucket = [];
                }

                bucket.Add(i);
            }

            foreach (var bucket in buckets.Values.Where(b => b.Count > 1))
            {
                for (var a = 0; a < bucket.Count; a++)
                {
                    for (var b = a + 1; b < bucket.Count; b++)
                    {
                        candidates.Add((bucket[a], bucket[b]));
                    }
                }
            }
        }

        return candidates;
    }
}
