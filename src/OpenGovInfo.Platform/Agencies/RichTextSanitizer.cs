namespace OpenGovInfo.Platform.Agencies;

/// <summary>
/// Cleans staff-written HTML (disclosure guide and rules, item bodies) before it is stored: the public pages print it
/// as-is, so scripts, event handlers, styles and foreign frames must never reach the database. One allow-list for the
/// whole product lives in <see cref="Documents.Html.RichTextSanitizer"/>; this injectable face lets use cases take it
/// as a dependency.
/// </summary>
public sealed class RichTextSanitizer
{
    /// <summary>Returns the safe subset of <paramref name="html"/>.</summary>
#pragma warning disable CA1822 // Instance method on purpose: use cases receive the sanitizer by injection.
    public string Sanitize(string? html) => Documents.Html.RichTextSanitizer.Sanitize(html).Trim();

    /// <summary>A Chinese error when <paramref name="html"/> is nested too deeply to be sanitised, otherwise null.</summary>
    public string? CheckNesting(string? html, string label) => Documents.Html.RichTextSanitizer.CheckNesting(html, label);
#pragma warning restore CA1822
}
