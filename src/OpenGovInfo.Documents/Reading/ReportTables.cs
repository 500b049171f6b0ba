using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// The tables of a report that a reader is filling in. A new <see cref="AnnualReport"/> has all three; a reader sets
/// one to null only when the document has none, and writes no more to it after that. A table missing here is a bug in
/// the reader, so it fails loudly instead of being skipped.
/// </summary>
internal static class ReportTables
{
    public static ProactiveTable Proactive(AnnualReport report) =>
        report.Proactive ?? throw Missing("Table 2");

    public static ApplicationsTable Applications(AnnualReport report) =>
        report.Applications ?? throw Missing("Table 3");

    public static ReviewLitigationTable ReviewLitigation(AnnualReport report) =>
        report.ReviewLitigation ?? throw Missing("Table 4");

    private static InvalidOperationException Missing(string table) =>
        new($"The report being read has no {table}: a reader wrote to a table it had removed.");
}
