namespace OpenGovInfo.Domain.Publishing;

/// <summary>The workflow's answer to a <see cref="ReviewRequest"/>: the event to append, or the error.</summary>
public sealed class WorkflowDecision
{
    private WorkflowDecision(ItemEvent? @event, WorkflowError? error)
    {
        Event = @event;
        IsAllowed = @event is not null;
        Error = error;
    }

    /// <summary>When allowed: the event to append to the item's log.</summary>
    public ItemEvent? Event { get; }

    /// <summary>When refused: why.</summary>
    public WorkflowError? Error { get; }

    /// <summary>True when the action is allowed.</summary>
    // Set once by the private constructor (the factories keep "one or the other"), so the attributes hold.
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(true, nameof(Event))]
    [System.Diagnostics.CodeAnalysis.MemberNotNullWhen(false, nameof(Error))]
    public bool IsAllowed { get; }

    internal static WorkflowDecision Allowed(ItemEvent @event) => new(@event, null);

    internal static WorkflowDecision Refused(WorkflowErrorCode code, string message) => new(null, new(code, message));
}
