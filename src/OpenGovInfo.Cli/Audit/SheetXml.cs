using System.Globalization;
using System.Text;
using System.Xml;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// The XML of one worksheet (inline strings and numbers), built without the package so that every sheet of a
/// large audit can be built on its own core; <see cref="XlsxSheetWriter"/> then only copies the bytes in.
/// </summary>
internal static class SheetXml
{
    private const string Head = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
        + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    private const string Tail = "</sheetData></worksheet>";

    /// <summary>UTF-8 worksheet XML for rows of cells (string, number or null).</summary>
    public static byte[] Build(IEnumerable<IReadOnlyList<object?>> rows)
    {
        var sb = new StringBuilder(Head);
        foreach (var values in rows)
        {
            sb.Append("<row>");
            foreach (var value in values)
            {
                AppendCell(sb, value);
            }

            sb.Append("</row>");
        }

        return Encoding.UTF8.GetBytes(sb.Append(Tail).ToString());
    }

    private static void AppendCell(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null:
                sb.Append("<c/>");
                break;
            case int or long or decimal or double:
                sb.Append("<c t=\"n\"><v>")
                    .Append(Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture))
                    .Append("</v></c>");
                break;
            default:
                sb.Append("<c t=\"inlineStr\"><is><t xml:space=\"preserve\">");
                AppendEscaped(sb, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "");
                sb.Append("</t></is></c>");
                break;
        }
    }

    /// <summary>Escapes markup and drops characters XML 1.0 cannot hold (control characters from damaged documents).</summary>
    private static void AppendEscaped(StringBuilder sb, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
                continue;
            }

            if (!XmlConvert.IsXmlChar(c))
            {
                continue;
            }

            _ = c switch
            {
                '&' => sb.Append("&amp;"),
                '<' => sb.Append("&lt;"),
                '>' => sb.Append("&gt;"),
                _ => sb.Append(c),
            };
        }
    }
}
