namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>What an audit finding rests on: a cell and its value, and/or a place in the text with an excerpt.</summary>
/// <param name="Cell">Canonical cell path (<c>applications.new_received.total</c>), or null for text evidence.</param>
/// <param name="Value">The value as read ("空" for a blank cell), or null.</param>
/// <param name="Page">1-based page, or null when the source has no pages or the place is unknown.</param>
/// <param name="Line">1-based line of the extracted text, or null.</param>
/// <param name="Excerpt">The printed words the finding quotes, or null.</param>
public sealed record Evidence(string? Cell = null, string? Value = null, int? Page = null, int? Line = null, string? Excerpt = null)
{
    /// <summary>A cell and its value.</summary>
    public static Evidence OfCell(string cell, int? value) =>
        new(cell, value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "空");

    /// <summary>A cell and its decimal value.</summary>
    public static Evidence OfCell(string cell, decimal? value) =>
        new(cell, value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "空");
}
