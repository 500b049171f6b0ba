using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Platform.Applications;

/// <summary>行政复议 or 行政诉讼 about a disclosure decision (annual-report section 四).</summary>
public enum RemedyKind
{
    /// <summary>行政复议.</summary>
    Reconsideration,

    /// <summary>行政诉讼 — 未经复议直接起诉.</summary>
    LitigationDirect,

    /// <summary>行政诉讼 — 复议后起诉.</summary>
    LitigationAfterReconsideration,
}

/// <summary>A reconsideration or lawsuit, linked to the application it is about (when it is about one).</summary>
public sealed class RemedyRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The agency whose decision is challenged.</summary>
    public int AgencyId { get; set; }

    /// <summary>The application, when the case is about one handled here.</summary>
    public int? ApplicationId { get; set; }

    /// <summary>复议 or 诉讼 (and which kind).</summary>
    public RemedyKind Kind { get; set; }

    /// <summary>The reconsideration body or the court.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The case number (案号), if known.</summary>
    public string? CaseNumber { get; set; }

    /// <summary>The day it was filed (or the agency learned of it).</summary>
    public DateOnly FiledOn { get; set; }

    /// <summary>维持 / 纠正 / 其他 / 尚未审结.</summary>
    public RemedyResult Result { get; set; } = RemedyResult.Pending;

    /// <summary>The day of the decision or judgment.</summary>
    public DateOnly? DecidedOn { get; set; }

    /// <summary>Notes.</summary>
    public string? Note { get; set; }

    /// <summary>Who recorded it last.</summary>
    public string RecordedBy { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}

/// <summary>Names and Table 4 groups of <see cref="RemedyKind"/>.</summary>
public static class RemedyKinds
{
    /// <summary>The name people read.</summary>
    public static string Name(this RemedyKind kind) => kind switch
    {
        RemedyKind.Reconsideration => "行政复议",
        RemedyKind.LitigationDirect => "行政诉讼（未经复议直接起诉）",
        _ => "行政诉讼（复议后起诉）",
    };

    /// <summary>The annual-report Table 4 group.</summary>
    public static ReviewGroup Group(this RemedyKind kind) => TableLayouts.ReviewGroups[(int)kind];
}
