using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// The tables of a report this platform compiles or sums: it starts from a new <see cref="AnnualReport"/>, which has
/// all three, and never removes one. A missing table is a bug here, so it fails loudly instead of being skipped.
/// </summary>
internal static class CompiledTables
{
    public static ProactiveTable Proactive(AnnualReport report) =>
        report.Proactive ?? throw Missing("Table 2");

    public static ApplicationsTable Applications(AnnualReport report) =>
        report.Applications ?? throw Missing("Table 3");

    public static ReviewLitigationTable ReviewLitigation(AnnualReport report) =>
        report.ReviewLitigation ?? throw Missing("Table 4");

    private static InvalidOperationException Missing(string table) => new($"A compiled report lacks {table}.");
}
