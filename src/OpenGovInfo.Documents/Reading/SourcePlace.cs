using System.Globalization;

namespace OpenGovInfo.Documents.Reading;

/// <summary>A place in the source document, used to say where a reader gave up.</summary>
/// <param name="Page">1-based page (form feeds in text, pages in PDF), or 0 when the shape has no pages.</param>
/// <param name="Line">1-based line or table row.</param>
internal readonly record struct SourcePlace(int Page, int Line)
{
    /// <summary>Human-readable place, in Chinese like the findings' messages.</summary>
    public string Describe() => Page > 0
        ? string.Create(CultureInfo.InvariantCulture, $"第{Page}页第{Line}行")
        : string.Create(CultureInfo.InvariantCulture, $"第{Line}行");
}
