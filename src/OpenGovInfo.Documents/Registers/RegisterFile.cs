using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// An uploaded register read into rows keyed by the Chinese column headers, ready for
/// <see cref="RegisterImportValidator"/>. Row i (0-based) is spreadsheet row i + 2, as the validator numbers them.
/// When the file itself has problems, <see cref="Issues"/> lists them and <see cref="Rows"/> is empty.
/// </summary>
/// <param name="Rows">The data rows (header → cell text), or none.</param>
/// <param name="Issues">File problems in Chinese: row 0 = the file as a whole, row 1 = the header row.</param>
public sealed record RegisterFile(IReadOnlyList<IReadOnlyDictionary<string, string>> Rows, IReadOnlyList<ImportIssue> Issues)
{
    /// <summary>True when the file was read without problems.</summary>
    public bool Succeeded => Issues.Count == 0;

    internal static RegisterFile Failed(IReadOnlyList<ImportIssue> issues) => new([], issues);
}
