namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>One saved version of a report: the whole canonical JSON (tables as compiled, narrative as edited).</summary>
public sealed class AnnualReportVersionRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>The report.</summary>
    public int ReportId { get; set; }

    /// <summary>The report (navigation, so a new report and its first version are saved together).</summary>
    public AnnualReportRow? Report { get; set; }

    /// <summary>1, 2, …</summary>
    public int Version { get; set; }

    /// <summary>Canonical JSON (<c>opengovinfo/annual-report@1</c>) with the rule findings at save time.</summary>
    public string Json { get; set; } = "{}";

    /// <summary>Errors found by the rules at save time.</summary>
    public int ErrorCount { get; set; }

    /// <summary>Warnings found by the rules at save time.</summary>
    public int WarningCount { get; set; }

    /// <summary>Who saved it.</summary>
    public string SavedBy { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset SavedAt { get; set; }
}
