using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// HTML pages: data tables become grids (rowspan/colspan expanded by <see cref="HtmlGrid"/>), other text is read in
/// document order with block elements as line breaks; navigation, headers, footers, scripts and styles are skipped.
/// Layout tables (<see cref="LayoutTables"/>) are not data: their cells are read like blocks, so report tables
/// nested in a page frame are found wherever they sit. Tag and attribute case does not matter (HTML parsing).
/// </summary>
internal static class HtmlTokens
{
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "aside", "noscript", "template", "select", "button", "form", "iframe",
    };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "title", "center", "blockquote",
        "table", "td", "th",
    };

    /// <summary>The tokens and the visible text (for the title and year).</summary>
    public static (List<ReadToken> Tokens, string Text) Read(string html, CancellationToken cancellationToken)
    {
        var document = new HtmlParser().ParseDocument(html);
        var walker = new Walker(cancellationToken);
        if (document.Title is { Length: > 0 } title)
        {
            walker.Prose.Append(title).Append('\n');
        }

        walker.Visit(document.Body ?? (INode)document.DocumentElement);
        walker.FlushProse();
        return (walker.Tokens, walker.Visible.ToString());
    }

    private sealed class Walker(CancellationToken cancellationToken)
    {
        private int gridLine;

        public List<ReadToken> Tokens { get; } = [];

        public StringBuilder Prose { get; } = new();

        public StringBuilder Visible { get; } = new();

        public void Visit(INode node)
        {
            ReadDeadline.Check(cancellationToken);
            if (node is IText text)
            {
                Prose.Append(text.Data);
                return;
            }

            if (node is not IElement element)
            {
                return;
            }

            if (Skipped.Contains(element.LocalName))
            {
                return;
            }

            if (element is IHtmlTableElement table && !LayoutTables.IsLayout(table))
            {
                FlushProse();
                var grid = HtmlGrid.Expand(table);
                GridTokens.Append(Tokens, grid, ref gridLine);
                foreach (var row in grid)
                {
                    Visible.AppendJoin(' ', row.Where(c => c is not null)).Append('\n');
                }

                return;
            }

            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                Prose.Append('\n');
            }

            foreach (var child in element.ChildNodes)
            {
                Visit(child);
            }

            if (block)
            {
                Prose.Append('\n');
            }
        }

        public void FlushProse()
        {
            if (Prose.Length > 0)
            {
                var text = Prose.ToString();
                Visible.Append(text);
                Tokens.AddRange(TextTokenizer.Tokenize(text, cancellationToken));
                Prose.Clear();
            }
        }
    }
}
