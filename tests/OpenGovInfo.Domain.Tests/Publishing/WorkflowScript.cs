using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Tests.Publishing;

/// <summary>Drives a <see cref="ReviewWorkflow"/> the way the platform will: decide, then append the event.</summary>
internal sealed class WorkflowScript(bool legalReviewRequired)
{
    internal const string Editor = "editor-1";
    internal const string Confidentiality = "secrecy-1";
    internal const string Legal = "legal-1";
    internal const string Approver = "approver-1";
    internal const string Scheduler = "scheduler";

    private readonly List<ItemEvent> events = [];

    internal ReviewWorkflow Workflow { get; } = new(legalReviewRequired);

    internal DateTimeOffset Now { get; private set; } = new(2025, 3, 3, 1, 0, 0, TimeSpan.Zero);

    internal IReadOnlyList<ItemEvent> Events => events;

    internal ItemState State => ReviewWorkflow.Replay(events).State;

    internal static StaffRoles RolesOf(string actor) => actor switch
    {
        Editor => StaffRoles.Editor,
        Confidentiality => StaffRoles.ConfidentialityReviewer,
        Legal => StaffRoles.LegalReviewer,
        Approver => StaffRoles.Approver,
        Scheduler => StaffRoles.System,
        _ => StaffRoles.None,
    };

    internal WorkflowDecision Try(string actor, ReviewAction action, string? comment = null, DateTimeOffset? scheduledFor = null,
        StaffRoles? roles = null)
    {
        Now = Now.AddHours(1);
        var decision = Workflow.Decide(events, new ReviewRequest(actor, roles ?? RolesOf(actor), action, Now, comment, scheduledFor));
        if (decision.Event is { } accepted)
        {
            events.Add(accepted);
        }

        return decision;
    }

    internal ItemEvent Do(string actor, ReviewAction action, string? comment = null, DateTimeOffset? scheduledFor = null,
        StaffRoles? roles = null)
    {
        var decision = Try(actor, action, comment, scheduledFor, roles);
        Assert.True(decision.IsAllowed, decision.Error?.Message);
        return decision.Event!;
    }

    internal void Refused(WorkflowErrorCode code, string actor, ReviewAction action, string? comment = null,
        DateTimeOffset? scheduledFor = null, StaffRoles? roles = null)
    {
        var count = events.Count;
        var decision = Try(actor, action, comment, scheduledFor, roles);
        Assert.False(decision.IsAllowed);
        Assert.Equal(code, decision.Error!.Code);
        Assert.False(string.IsNullOrWhiteSpace(decision.Error.Message));
        Assert.Equal(count, events.Count);
    }

    internal void SubmitAndPassConfidentiality()
    {
        Do(Editor, ReviewAction.Create);
        Do(Editor, ReviewAction.Submit);
        Do(Confidentiality, ReviewAction.PassConfidentialityReview);
    }
}
