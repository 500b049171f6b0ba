namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Where an agency's report for a year stands (条例 第四十九条: reported to 政务公开办, then published).</summary>
public enum ReportStatus
{
    /// <summary>编制中: the agency edits it.</summary>
    Draft,

    /// <summary>已报送: waiting for 政务公开办.</summary>
    Submitted,

    /// <summary>已退回: 政务公开办 returned it with comments; the agency edits it again.</summary>
    Returned,

    /// <summary>已公开: cleared by 政务公开办 and published, frozen.</summary>
    Published,
}

/// <summary>Names of <see cref="ReportStatus"/>.</summary>
public static class ReportStatuses
{
    /// <summary>The name people read.</summary>
    public static string Name(this ReportStatus status) => status switch
    {
        ReportStatus.Draft => "编制中",
        ReportStatus.Submitted => "已报送",
        ReportStatus.Returned => "已退回",
        _ => "已公开",
    };
}
