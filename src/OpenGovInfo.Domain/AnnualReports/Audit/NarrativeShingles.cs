using System.Text;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// A report's wording as a set of hashed character 5-grams (shingles): text normalised (NFKC, no whitespace), digits
/// and punctuation dropped — so years and figures do not make a copy look new — and the statutory wording removed.
/// </summary>
public static class NarrativeShingles
{
    /// <summary>Characters per shingle: short enough for Chinese phrases, long enough to ignore common words.</summary>
    public const int Size = 5;

    /// <summary>Sorted distinct shingle hashes of a text, without the statutory wording and without
    /// <paramref name="ownName"/> (the issuer's name, which a copier changes).</summary>
    public static ulong[] Of(string text, string? ownName = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var stripped = Strip(text);
        if (ownName is not null && Strip(ownName) is { Length: >= 2 } name)
        {
            stripped = stripped.Replace(name, "", StringComparison.Ordinal);
        }

        var words = StatutoryWording.Remove(stripped);
        if (words.Length < Size)
        {
            return [];
        }

        var hashes = new ulong[words.Length - Size + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Hash(words.AsSpan(i, Size));
        }

        Array.Sort(hashes);
        var distinct = 0;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
            {
                hashes[distinct++] = hashes[i];
            }
        }

        return hashes[..distinct];
    }

    /// <summary>Letters only, NFKC: what remains of a text once digits, punctuation and spaces are gone.</summary>
    public static string Strip(string text)
    {
        var folded = Nfkc.Normalize(text);
        var sb = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetter(c))
            {
                sb.Append(c);
            }
        }

        return sb.ToString();
    }

    /// <summary>Jaccard similarity |A∩B| / |A∪B| of two sorted shingle sets (0 when both are empty).</summary>
    public static double Jaccard(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 && b.Length == 0)
        {
            return 0;
        }

        int i = 0, j = 0, shared = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                shared++;
                i++;
                j++;
            }
            else if (a[i] < b[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)shared / (a.Length + b.Length - shared);
    }

    /// <summary>FNV-1a over the characters, then a 64-bit finaliser so nearby shingles spread.</summary>
    private static ulong Hash(ReadOnlySpan<char> chars)
    {
        var h = 14695981039346656037UL;
        foreach (var c in chars)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Mix(h);
    }

    /// <summary>SplitMix64's finaliser.</summary>
    internal static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9UL;
        x = (x ^ (x >> 27)) * 0x94d049bb133111ebUL;
        return x ^ (x >> 31);
    }
}
