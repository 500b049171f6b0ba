using System.Buffers;
using System.Globalization;
using System.IO.Pipelines;
using System.Text;
using System.Text.Encodings.Web;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// Writes a page straight into the response as UTF-8: fixed markup as UTF-8 literals, values HTML-encoded with the
/// site's <see cref="HtmlEncoder"/> (the one Razor uses, so the output is the same), no intermediate string.
/// </summary>
internal readonly struct HtmlWriter(PipeWriter writer, HtmlEncoder encoder)
{
    /// <summary>Fixed markup.</summary>
    public HtmlWriter Raw(ReadOnlySpan<byte> utf8)
    {
        writer.Write(utf8);
        return this;
    }

    /// <summary>Markup that is already safe HTML (sanitised rich text), unencoded.</summary>
    public HtmlWriter RawHtml(string html)
    {
        Encoding.UTF8.GetBytes(html, writer);
        return this;
    }

    /// <summary>A value, HTML-encoded; nothing for null (as Razor prints null).</summary>
    public HtmlWriter Text(string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            Encoding.UTF8.GetBytes(encoder.Encode(value), writer);
        }

        return this;
    }

    /// <summary>A number, invariant digits.</summary>
    public HtmlWriter Number(long value)
    {
        var span = writer.GetSpan(20);
        value.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        writer.Advance(written);
        return this;
    }

    /// <summary>A date as yyyy-MM-dd; nothing for null.</summary>
    public HtmlWriter Date(DateOnly? value)
    {
        if (value is { } date)
        {
            var span = writer.GetSpan(10);
            date.TryFormat(span, out var written, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            writer.Advance(written);
        }

        return this;
    }
}
