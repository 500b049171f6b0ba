namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Where a stored report comes from.</summary>
public enum ReportSource
{
    /// <summary>Compiled on the platform from its records (编制).</summary>
    Compiled,

    /// <summary>导入: a report published elsewhere, read from its file with the report reader (ADR 0019).</summary>
    Imported,
}
