namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Finds which defined label the text just before a number run ends with. PDF text wraps and truncates labels,
/// so three kinds of match count: the whole label at the end of the text; the text ending inside the label
/// (numbers printed beside the first line of a wrapped label, at least <see cref="MinWrapped"/> characters);
/// and a near match — most of the label, then at most two stray characters (a typo such as 案件 for 案卷).
/// </summary>
internal sealed class LabelMatcher
{
    /// <summary>Shortest label start accepted for a wrapped label.</summary>
    public const int MinWrapped = 6;

    private const int Tail = 96;
    private readonly string[] keys;

    /// <summary>Creates a matcher over labels (already in <see cref="LabelKey"/> form), index = candidate id.</summary>
    public LabelMatcher(IEnumerable<string> labelKeys) => keys = [.. labelKeys];

    /// <summary>Number of candidates.</summary>
    public int Count => keys.Length;

    /// <summary>The best candidate for text ending at the numbers, or -1; ties go to the lower <paramref name="tieBreak"/> rank.</summary>
    public int Match(string textKey, Func<int, int>? tieBreak = null)
    {
        var text = textKey.Length > Tail ? textKey[^Tail..] : textKey;
        var best = -1;
        var bestScore = 0;
        for (var i = 0; i < keys.Length; i++)
        {
            var score = Score(text, keys[i]);
            if (score > bestScore || (score == bestScore && score > 0 && tieBreak is not null && tieBreak(i) < tieBreak(best)))
            {
                best = i;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>How well the end of <paramref name="text"/> matches <paramref name="label"/> (0 = not at all).</summary>
    public static int Score(string text, string label)
    {
        if (label.Length == 0)
        {
            return 0;
        }

        if (text.EndsWith(label, StringComparison.Ordinal))
        {
            return 2 * label.Length + 2;
        }

        var best = 0;
        var first = label[0];
        var from = Math.Max(0, text.Length - label.Length - 2);
        for (var p = text.IndexOf(first, from); p >= 0; p = p + 1 < text.Length ? text.IndexOf(first, p + 1) : -1)
        {
            var common = CommonPrefix(text, p, label);
            var rest = text.Length - p - common;
            var wrapped = rest == 0 && common >= MinWrapped;
            var near = rest <= 2 && common >= Math.Max(MinWrapped, label.Length * 3 / 4);
            if ((wrapped || near) && common > best)
            {
                best = common;
            }
        }

        return best;
    }

    private static int CommonPrefix(string text, int at, string label)
    {
        var n = 0;
        while (at + n < text.Length && n < label.Length && text[at + n] == label[n])
        {
            n++;
        }

        return n;
    }
}
