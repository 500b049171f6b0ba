using System.Text;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The token stream prepared for the table readers: the section each token sits in, and for each number run the
/// label text printed since the previous run (in <see cref="LabelKey"/> form).
/// </summary>
internal sealed class TokenContext
{
    private TokenContext(IReadOnlyList<ReadToken> tokens, int[] sections, string?[] labels, string documentKey)
    {
        Tokens = tokens;
        Sections = sections;
        Labels = labels;
        DocumentKey = documentKey;
    }

    /// <summary>All tokens.</summary>
    public IReadOnlyList<ReadToken> Tokens { get; }

    /// <summary>Section (1–6, 0 before the first heading) of each token.</summary>
    public int[] Sections { get; }

    /// <summary>For a number token, the label key before it; null for text tokens.</summary>
    public string?[] Labels { get; }

    /// <summary>The whole document's label text as one key (for format markers).</summary>
    public string DocumentKey { get; }

    /// <summary>Indexes of the number tokens in a section, in order.</summary>
    public IEnumerable<int> NumbersIn(int section)
    {
        for (var i = 0; i < Tokens.Count; i++)
        {
            if (Sections[i] == section && Tokens[i].IsNumber)
            {
                yield return i;
            }
        }
    }

    /// <summary>Prepares a token stream.</summary>
    public static TokenContext Build(IReadOnlyList<ReadToken> tokens)
    {
        var sections = new int[tokens.Count];
        var labels = new string?[tokens.Count];
        var document = new StringBuilder();
        var pending = new StringBuilder();
        var section = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            sections[i] = section;
            if (token.IsNumber)
            {
                labels[i] = pending.ToString();
                pending.Clear();
                continue;
            }

            var key = LabelKey.Of(token.Text);
            document.Append(key);
            if (SectionHeadings.Last(key) is { } heading)
            {
                section = heading.Section;
                sections[i] = section;
                pending.Clear();
                key = key[heading.End..];
            }

            pending.Append(key);
        }

        return new TokenContext(tokens, sections, labels, document.ToString());
    }
}
