namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>One step of a report's timeline: who did what, to which version, with what comment.</summary>
public sealed class AnnualReportEventRow
{
    /// <summary>Identity.</summary>
    public int Id { get; set; }

    /// <summary>The report.</summary>
    public int ReportId { get; set; }

    /// <summary>The report (navigation, so a new report and its first version are saved together).</summary>
    public AnnualReportRow? Report { get; set; }

    /// <summary>What happened.</summary>
    public ReportAction Action { get; set; }

    /// <summary>The version acted on.</summary>
    public int Version { get; set; }

    /// <summary>Staff id.</summary>
    public string ActorId { get; set; } = string.Empty;

    /// <summary>Name for the timeline.</summary>
    public string ActorName { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>审核意见 (required when returning).</summary>
    public string? Comment { get; set; }
}
