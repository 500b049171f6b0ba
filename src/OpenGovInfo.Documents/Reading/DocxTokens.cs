using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Word documents: body paragraphs are read as text, tables as grids with gridSpan (covered columns null) and
/// vMerge (a continued cell repeats the label above) expanded, in body order.
/// </summary>
internal static class DocxTokens
{
    /// <summary>The tokens and the plain text of a DOCX package.</summary>
    public static (List<ReadToken> Tokens, string Text) Read(byte[] bytes, CancellationToken cancellationToken)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes, false), false);
        var body = document.MainDocumentPart?.Document?.Body;
        var tokens = new List<ReadToken>();
        var plain = new System.Text.StringBuilder();
        var prose = new List<string>();
        var gridLine = 0;
        foreach (var element in body?.ChildElements ?? [])
        {
            ReadDeadline.Check(cancellationToken);
            if (element is Table table)
            {
                Flush(tokens, prose, cancellationToken);
                var grid = DocxGrid.Expand(table);
                GridTokens.Append(tokens, grid, ref gridLine);
                foreach (var row in grid)
                {
                    plain.AppendJoin(' ', row.Where(c => c is not null)).Append('\n');
                }
            }
            else
            {
                prose.Add(element.InnerText);
                plain.Append(element.InnerText).Append('\n');
            }
        }

        Flush(tokens, prose, cancellationToken);
        return (tokens, plain.ToString());
    }

    private static void Flush(List<ReadToken> tokens, List<string> prose, CancellationToken cancellationToken)
    {
        if (prose.Count > 0)
        {
            tokens.AddRange(TextTokenizer.Tokenize(string.Join('\n', prose), cancellationToken));
            prose.Clear();
        }
    }
}
