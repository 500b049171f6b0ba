using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Recognises the six section headings of the Domain definition (and their variants) inside label text. A heading
/// counts when its ordinal (二、) is followed by the start of its body, or by the end of its body within a short
/// distance — so typos and reworded middles (行政法复议, 存在的主要问题及明年工作计划) still open the section.
/// </summary>
internal static class SectionHeadings
{
    private const int Probe = 6;
    private const int Window = 24;

    private static readonly (int Section, string Ordinal, string[] Bodies)[] Headings = Build();

    /// <summary>The last heading in <paramref name="textKey"/> as (section 1–6, index after it), or null.</summary>
    public static (int Section, int End)? Last(string textKey)
    {
        (int, int)? last = null;
        var lastAt = -1;
        foreach (var (section, ordinal, bodies) in Headings)
        {
            for (var at = textKey.IndexOf(ordinal, StringComparison.Ordinal); at >= 0;
                 at = textKey.IndexOf(ordinal, at + 1, StringComparison.Ordinal))
            {
                if (at <= lastAt)
                {
                    continue;
                }

                foreach (var body in bodies)
                {
                    if (BodyMatches(textKey, at + ordinal.Length, body) is { } end)
                    {
                        last = (section, end);
                        lastAt = at;
                        break;
                    }
                }
            }
        }

        return last;
    }

    /// <summary>Every heading in <paramref name="textKey"/> in print order, as (section 1–6, index of its ordinal,
    /// index after it). One text token can hold several headings (a PDF paragraph that runs from the end of 五 into
    /// 六): the narrative needs each of them, not only the last.</summary>
    public static List<(int Section, int Start, int End, int Unmatched)> All(string textKey)
    {
        var found = new List<(int Section, int Start, int End, int Unmatched)>();
        foreach (var (section, ordinal, bodies) in Headings)
        {
            for (var at = textKey.IndexOf(ordinal, StringComparison.Ordinal); at >= 0;
                 at = textKey.IndexOf(ordinal, at + 1, StringComparison.Ordinal))
            {
                foreach (var body in bodies)
                {
                    if (BodyMatches(textKey, at + ordinal.Length, body) is { } end)
                    {
                        var (full, unmatched) = Extend(textKey, at + ordinal.Length, end, body);
                        found.Add((section, at, full, unmatched));
                        break;
                    }
                }
            }
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        var result = new List<(int Section, int Start, int End, int Unmatched)>();
        foreach (var heading in found)
        {
            // A match that starts inside the previous heading's words is part of it, not a heading of its own.
            if (result.Count == 0 || heading.Start >= result[^1].End)
            {
                result.Add(heading);
            }
        }

        return result;
    }

    /// <summary>A heading recognised by its first words runs on as long as the printed words follow the body;
    /// <c>Unmatched</c> is how many of the body's characters were then not seen (a reworded ending such as
    /// 及明年工作计划), zero when the whole heading or its ending was found.</summary>
    private static (int End, int Unmatched) Extend(string text, int bodyAt, int end, string body)
    {
        if (end - bodyAt != Math.Min(Probe, body.Length) || body.Length <= Probe)
        {
            return (end, 0);
        }

        var matched = end - bodyAt;
        while (matched < body.Length && bodyAt + matched < text.Length && text[bodyAt + matched] == body[matched])
        {
            matched++;
        }

        return (bodyAt + matched, body.Length - matched);
    }

    private static int? BodyMatches(string text, int at, string body)
    {
        var head = body.Length <= Probe ? body : body[..Probe];
        if (string.CompareOrdinal(text, at, head, 0, head.Length) == 0 && at + head.Length <= text.Length)
        {
            return at + head.Length;
        }

        if (body.Length <= Probe)
        {
            return null;
        }

        var tail = body[^Probe..];
        var window = Math.Min(Window + Probe, text.Length - at);
        var found = window > 0 ? text.IndexOf(tail, at, window, StringComparison.Ordinal) : -1;
        return found >= 0 ? found + tail.Length : null;
    }

    private static (int, string, string[])[] Build()
    {
        var result = new List<(int, string, string[])>();
        var sections = TableLayouts.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            var ordinal = LabelKey.Of(sections[i].Number + "、");
            var bodies = new[] { sections[i].Heading }.Concat(sections[i].Variants)
                .Select(LabelKey.Of)
                .Where(k => k.StartsWith(ordinal, StringComparison.Ordinal))
                .Select(k => k[ordinal.Length..])
                .Distinct(StringComparer.Ordinal)
                .ToArray();
            result.Add((i + 1, ordinal, bodies));
        }

        return [.. result];
    }
}
