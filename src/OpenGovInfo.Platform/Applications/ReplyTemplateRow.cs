namespace OpenGovInfo.Platform.Applications;

/// <summary>An agency's own wording for one outcome's reply (replaces the national default of <c>ReplyTemplates</c>).</summary>
public sealed class ReplyTemplateRow
{
    /// <summary>The agency.</summary>
    public int AgencyId { get; set; }

    /// <summary>The outcome code.</summary>
    public string OutcomeCode { get; set; } = string.Empty;

    /// <summary>The decision paragraph(s).</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>The legal basis cited.</summary>
    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>Who changed it last.</summary>
    public string UpdatedBy { get; set; } = string.Empty;

    /// <summary>When (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }
}
