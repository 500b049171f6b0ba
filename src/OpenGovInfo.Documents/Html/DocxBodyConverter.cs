using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Html;

/// <summary>
/// Turns a Word document (.docx) into an item body within the sanitiser's allow-list: paragraphs, headings (Word's
/// 标题 1–3 → h2–h4, since the page title is the h1), bold, italic, underline, bulleted and numbered lists, tables with
/// merged cells, line breaks and web links. Everything else in Word (fonts, colours, indents, images, fields,
/// comments, tracked deletions) is dropped on purpose: the portal's stylesheet decides the look. The caller inspects
/// the package first (<see cref="Attachments.AttachmentInspector"/>: size, entries, ratios, macros) and sanitises
/// the result; this class also stops at <see cref="MaxElements"/> elements and <see cref="MaxHtmlLength"/> characters,
/// so no well-formed but huge document can run away with the server.
/// </summary>
public static partial class DocxBodyConverter
{
    /// <summary>The most Word XML elements walked; a 100-page notice has a few tens of thousands.</summary>
    public const int MaxElements = 500_000;

    /// <summary>The longest HTML produced; item bodies are capped lower, so the use case reports the precise limit.</summary>
    public const int MaxHtmlLength = 2_000_000;

    private const int MaxTableDepth = 5;

    /// <summary>The body as HTML, or a Chinese message saying why the file cannot be read.</summary>
    public static (string? Html, string? Error) Convert(ReadOnlyMemory<byte> docx)
    {
        try
        {
            using var stream = new MemoryStream(docx.ToArray(), writable: false);
            using var document = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = 50L * 1024 * 1024 });
            var main = document.MainDocumentPart;
            var body = main?.Document?.Body;
            if (main is null || body is null)
            {
                return (null, "该 Word 文件没有正文内容。");
            }

            var writer = new Writer(main);
            writer.Blocks(body.ChildElements, 0);
            return writer.Overflowed
                ? (null, string.Create(CultureInfo.InvariantCulture, $"该 Word 文件内容过多（超过 {MaxElements} 个元素或 {MaxHtmlLength} 个字符），请拆分后再导入。"))
                : (writer.Html, null);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or FormatException or System.Xml.XmlException or IOException or InvalidOperationException)
        {
            return (null, "无法读取该 Word 文件，文件可能已损坏或不是 .docx 格式。");
        }
    }

    private sealed partial class Writer(MainDocumentPart main)
    {
        private readonly StringBuilder _html = new();
        private readonly List<(int NumId, int Level, bool Ordered)> _openLists = [];
        private int _elements;

        public bool Overflowed { get; private set; }

        public string Html => _html.ToString();

        public void Blocks(IEnumerable<OpenXmlElement> elements, int tableDepth)
        {
            foreach (var element in elements)
            {
                if (!Count())
                {
                    return;
                }

                switch (element)
                {
                    case W.Paragraph p:
                        Paragraph(p);
                        break;
                    case W.Table t:
                        CloseLists();
                        if (tableDepth < MaxTableDepth)
                        {
                            Table(t, tableDepth);
                        }

                        break;
                    case W.SdtBlock sdt when sdt.SdtContentBlock is { } content:
                        Blocks(content.ChildElements, tableDepth);
                        break;
                    case W.CustomXmlBlock custom:
                        Blocks(custom.ChildElements, tableDepth);
                        break;
                }
            }

            CloseLists();
        }

        private bool Count()
        {
            Overflowed |= ++_elements > MaxElements || _html.Length > MaxHtmlLength;
            return !Overflowed;
        }

        private void Paragraph(W.Paragraph p)
        {
            var properties = p.ParagraphProperties;
            var heading = HeadingLevel(properties?.ParagraphStyleId?.Val?.Value);
            var numbering = properties?.NumberingProperties;
            var numId = numbering?.NumberingId?.Val?.Value ?? 0;
            if (heading is null && numId != 0)
            {
                var level = numbering?.NumberingLevelReference?.Val?.Value ?? 0;
                OpenListItem(numId, level, IsOrdered(numId, level));
                Inline(p.ChildElements);
                _html.Append("</li>");
                return;
            }

            CloseLists();
            var tag = heading is { } h ? "h" + h.ToString(CultureInfo.InvariantCulture) : "p";
            _html.Append('<').Append(tag).Append('>');
            Inline(p.ChildElements);
            _html.Append("</").Append(tag).Append('>');
        }

        private void OpenListItem(int numId, int level, bool ordered)
        {
            level = Math.Clamp(level, 0, 8);
            // Close deeper lists, or a list of another numbering at the same depth.
            while (_openLists.Count > 0 && (_openLists[^1].Level > level
                || (_openLists[^1].Level == level && (_openLists[^1].NumId != numId || _openLists[^1].Ordered != ordered))))
            {
                CloseList();
            }

            if (_openLists.Count > 0 && _openLists[^1].Level == level)
            {
                _html.Append("<li>");
                return;
            }

            // A deeper level nests inside the open item: reopen it (its </li> was written) by removing the close tag.
            var nested = _openLists.Count > 0 && EndsWith("</li>");
            if (nested)
            {
                _html.Length -= "</li>".Length;
            }

            _openLists.Add((numId, level, ordered));
            _html.Append(ordered ? "<ol>" : "<ul>");
            _html.Append("<li>");
        }

        private void CloseList()
        {
            var list = _openLists[^1];
            _openLists.RemoveAt(_openLists.Count - 1);
            _html.Append(list.Ordered ? "</ol>" : "</ul>");
            if (_openLists.Count > 0)
            {
                _html.Append("</li>");
            }
        }

        private void CloseLists()
        {
            while (_openLists.Count > 0)
            {
                CloseList();
            }
        }

        private bool EndsWith(string text) =>
            _html.Length >= text.Length && _html.ToString(_html.Length - text.Length, text.Length) == text;

        private void Inline(IEnumerable<OpenXmlElement> elements)
        {
            foreach (var element in elements)
            {
                if (!Count())
                {
                    return;
                }

                switch (element)
                {
                    case W.Run run:
                        Run(run);
                        break;
                    case W.Hyperlink link:
                        Hyperlink(link);
                        break;
                    case W.SimpleField or W.SdtRun or W.InsertedRun or W.CustomXmlRun:
                        Inline(element.ChildElements);
                        break;
                    case W.SdtContentRun content:
                        Inline(content.ChildElements);
                        break;
                }
            }
        }

        private void Hyperlink(W.Hyperlink link)
        {
            var target = link.Id?.Value is { } id
                ? main.HyperlinkRelationships.FirstOrDefault(r => r.Id == id)?.Uri
                : null;
            var href = target is { IsAbsoluteUri: true, Scheme: "http" or "https" or "mailto" } ? target.AbsoluteUri : null;
            var web = href is not null;
            if (href is not null)
            {
                _html.Append("<a href=\"").Append(WebUtility.HtmlEncode(href)).Append("\">");
            }

            Inline(link.ChildElements);
            if (web)
            {
                _html.Append("</a>");
            }
        }

        private void Run(W.Run run)
        {
            var properties = run.RunProperties;
            var bold = On(properties?.Bold);
            var italic = On(properties?.Italic);
            var underline = properties?.Underline?.Val is { } u ? u.Value != W.UnderlineValues.None : properties?.Underline is not null;
            var text = new StringBuilder();
            foreach (var child in run.ChildElements)
            {
                switch (child)
                {
                    case W.Text t:
                        text.Append(WebUtility.HtmlEncode(t.Text));
                        break;
                    case W.TabChar:
                        text.Append(' ');
                        break;
                    case W.Break br when br.Type is null || br.Type.Value == W.BreakValues.TextWrapping:
                        text.Append("<br>");
                        break;
                    case W.CarriageReturn:
                        text.Append("<br>");
                        break;
                    case W.NoBreakHyphen:
                        text.Append('-');
                        break;
                }
            }

            if (text.Length == 0)
            {
                return;
            }

            _html.Append(bold ? "<strong>" : "").Append(italic ? "<em>" : "").Append(underline ? "<u>" : "")
                .Append(text)
                .Append(underline ? "</u>" : "").Append(italic ? "</em>" : "").Append(bold ? "</strong>" : "");
        }

        private static bool On(W.OnOffType? flag) => flag is not null && (flag.Val is null || flag.Val.Value);
    }
}
