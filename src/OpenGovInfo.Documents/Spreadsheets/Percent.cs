namespace OpenGovInfo.Documents.Spreadsheets;

/// <summary>A share written as a number formatted 0.0% (so Excel can still compute with it).</summary>
/// <param name="Value">The share, 0–1.</param>
public readonly record struct Percent(decimal Value);
