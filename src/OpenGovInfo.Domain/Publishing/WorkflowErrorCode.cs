namespace OpenGovInfo.Domain.Publishing;

/// <summary>Why the workflow refused an action.</summary>
public enum WorkflowErrorCode
{
    /// <summary>The action does not apply in the item's current state.</summary>
    InvalidInState,

    /// <summary>The actor lacks the role the action needs.</summary>
    MissingRole,

    /// <summary>The creator or a submitter tried to review their own item.</summary>
    OwnItem,

    /// <summary>退回 without a comment.</summary>
    CommentRequired,

    /// <summary>撤回 without a reason.</summary>
    ReasonRequired,

    /// <summary>定时发布 to an instant that is not in the future.</summary>
    ScheduleNotInFuture,

    /// <summary>The scheduler tried to release an item before its time.</summary>
    NotYetDue,
}
