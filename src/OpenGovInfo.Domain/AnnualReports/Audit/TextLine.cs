namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>One line of a report's extracted text.</summary>
/// <param name="Page">1-based page (form feeds in the text), or null when the text has no page breaks.</param>
/// <param name="Number">1-based line number in the whole text.</param>
/// <param name="Text">The line as extracted.</param>
/// <param name="Key">The line normalised for matching (<see cref="LabelText.Normalize"/>: width, quotes, no spaces).</param>
public sealed record TextLine(int? Page, int Number, string Text, string Key);
