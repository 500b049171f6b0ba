using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing.Tables;

/// <summary>Builds the grid of one of the three tables from the report's format definition and numbers.</summary>
internal static class ReportGrids
{
    /// <summary>The table of a kind with a caption.</summary>
    public static GridTable Build(AnnualReport report, ReportTableKind kind, string caption) => kind switch
    {
        ReportTableKind.Proactive => ProactiveGrid.Build(report, caption),
        ReportTableKind.Applications => ApplicationsGrid.Build(report, caption),
        ReportTableKind.ReviewLitigation => ReviewGrid.Build(report, caption),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown table."),
    };
}
