namespace OpenGovInfo.Platform.Applications;

/// <summary>Where a reply letter stands: drafted by the officer, approved like a publication, then dispatched.</summary>
public enum ReplyDraftState
{
    /// <summary>草稿.</summary>
    Draft,

    /// <summary>待审批.</summary>
    AwaitingApproval,

    /// <summary>退回修改.</summary>
    Returned,

    /// <summary>已审批，待送达.</summary>
    Approved,

    /// <summary>已送达 (the case's 答复 event is recorded).</summary>
    Dispatched,
}

/// <summary>The reply (答复告知书) being prepared for a case: outcome, legal basis and text, reviewed before dispatch.</summary>
public sealed class ReplyDraftRow
{
    /// <summary>Database identity.</summary>
    public int Id { get; set; }

    /// <summary>The application (one reply per application).</summary>
    public int ApplicationId { get; set; }

    /// <summary>The outcome row code (one of the 21 of the annual report).</summary>
    public string OutcomeCode { get; set; } = string.Empty;

    /// <summary>The legal basis cited (e.g. 《中华人民共和国政府信息公开条例》第三十六条第（三）项).</summary>
    public string LegalBasis { get; set; } = string.Empty;

    /// <summary>The letter's text, as edited by the officer from the template.</summary>
    public string Body { get; set; } = string.Empty;

    /// <summary>Where it stands.</summary>
    public ReplyDraftState State { get; set; }

    /// <summary>Who drafted it.</summary>
    public string DraftedBy { get; set; } = string.Empty;

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who approved or returned it.</summary>
    public string? ReviewedBy { get; set; }

    /// <summary>The approver's comment.</summary>
    public string? ReviewComment { get; set; }

    /// <summary>The letter's number (文号), set at dispatch.</summary>
    public string? LetterNumber { get; set; }

    /// <summary>The legal date of dispatch.</summary>
    public DateOnly? DispatchedOn { get; set; }
}
