namespace OpenGovInfo.Domain.Publishing;

/// <summary>The workflow's answer to a <see cref="ReviewRequest"/>: the event to append, or the error.</summary>
public sealed class WorkflowDecision
{
    private WorkflowDecision(ItemEvent? @event, WorkflowError? error)
    {
        Event = @event;
        Error = error;
    }

    /// <summary>When allowed: the event to append to the item's log.</summary>
    public ItemEvent? Event { get; }

    /// <summary>When refused: why.</summary>
    public WorkflowError? Error { get; }

    /// <summary>True when the action is allowed.</summary>
    public bool IsAllowed => Event is not null;

    internal static WorkflowDecision Allowed(ItemEvent @event) => new(@event, null);

    internal static WorkflowDecision Refused(WorkflowErrorCode code, string message) => new(null, new(code, message));
}
