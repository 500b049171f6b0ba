namespace OpenGovInfo.Domain.Publishing;

/// <summary>Something a person (or the scheduler) does to an item; each accepted action is one event.</summary>
public enum ReviewAction
{
    /// <summary>The editor creates the item (always the first event; Draft → Draft).</summary>
    Create,

    /// <summary>The editor submits a draft or a returned item for review (→ 保密审查).</summary>
    Submit,

    /// <summary>The confidentiality reviewer passes it (→ 法律审核 when required, else → 审批).</summary>
    PassConfidentialityReview,

    /// <summary>The legal reviewer passes it (→ 审批).</summary>
    PassLegalReview,

    /// <summary>The approver approves it (→ 已发布 now, or → 定时发布 for a future instant).</summary>
    Approve,

    /// <summary>The reviewer of the current stage returns it with a comment (→ 已退回).</summary>
    Return,

    /// <summary>The scheduler releases a scheduled item once its time has come (→ 已发布).</summary>
    ReleaseScheduled,

    /// <summary>The approver withdraws a published or scheduled item with a reason (→ 已撤回).</summary>
    Withdraw,

    /// <summary>The editor reopens a withdrawn item as a draft; to be republished it passes every review again.</summary>
    Revise,

    /// <summary>
    /// The editor records a correction to a draft or a returned item with its reason (更正); the state is unchanged.
    /// Plain saves of a draft are not events: this one is for changes a reviewer or an auditor should be able to trace.
    /// </summary>
    Correct,

    /// <summary>The editor takes an attachment off a draft or a returned item with a reason (撤下附件); state unchanged.</summary>
    RemoveAttachment,
}
