namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>One line of the validation report.</summary>
/// <param name="RowNumber">The spreadsheet row: the header is row 1, so data row i (0-based) is row i + 2.</param>
/// <param name="Column">The column header, or empty for a whole-row or whole-file issue.</param>
/// <param name="Message">What is wrong, in Chinese.</param>
public sealed record ImportIssue(int RowNumber, string Column, string Message);
