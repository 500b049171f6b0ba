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
