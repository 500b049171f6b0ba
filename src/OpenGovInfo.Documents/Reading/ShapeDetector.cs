using System.IO.Compression;
using System.Text;

namespace OpenGovInfo.Documents.Reading;

/// <summary>Recognises a file's shape from its content: PDF magic, a ZIP holding word/document.xml, HTML tags, pipe tables.</summary>
internal static class ShapeDetector
{
    private const int Probe = 4096;

    /// <summary>The shape of binary content.</summary>
    public static DocumentShape OfBytes(byte[] bytes)
    {
        var head = bytes.AsSpan(0, Math.Min(bytes.Length, 1024));
        if (head.IndexOf("%PDF"u8) >= 0)
        {
            return DocumentShape.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DocumentShape.Docx;
        }

        return DocumentShape.Text;
    }

    /// <summary>True when a ZIP holds a Word document body.</summary>
    public static bool IsWordZip(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, false), ZipArchiveMode.Read);
        return zip.GetEntry("word/document.xml") is not null;
    }

    /// <summary>The shape of decoded text.</summary>
    public static DocumentShape OfText(string text)
    {
        var head = text.Length > Probe ? text[..Probe] : text;
        // Text without a '<' has no tags: one vectorised scan spares the case-insensitive searches.
        if (text.Contains('<', StringComparison.Ordinal)
            && (head.Contains("<html", StringComparison.OrdinalIgnoreCase) || head.Contains("<body", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<table", StringComparison.OrdinalIgnoreCase) || text.Contains("<td", StringComparison.OrdinalIgnoreCase)))
        {
            return DocumentShape.Html;
        }

        var pipeRows = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var t = line.Trim();
            if (t.Length > 2 && t[0] == '|' && t[^1] == '|')
            {
                pipeRows++;
            }
        }

        return pipeRows >= 3 ? DocumentShape.Markdown : DocumentShape.Text;
    }

    /// <summary>Decodes text: UTF-8 (BOM or not), UTF-16 with BOM, else GB18030 when UTF-8 is invalid.</summary>
    public static string? Decode(byte[] bytes)
    {
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)))
        {
            return Encoding.Unicode.GetString(bytes).Trim('\uFEFF', '\uFFFE');
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: Chinese government pages are often GB2312/GBK; GB18030 is their superset.
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>True when decoded text is mostly control characters (binary noise, not a document).</summary>
    public static bool LooksBinary(string text)
    {
        var sample = text.Length > Probe ? text[..Probe] : text;
        var control = sample.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f');
        var replaced = sample.Count(c => c == '\uFFFD');
        return sample.Length > 0 && (control + replaced) * 10 > sample.Length;
    }
}
