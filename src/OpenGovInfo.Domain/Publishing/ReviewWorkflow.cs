using OpenGovInfo.Domain.Staff;

namespace OpenGovInfo.Domain.Publishing;

/// <summary>
/// The review workflow of a proactively disclosed item: 草稿 → 保密审查 → 法律审核 (when required) → 审批 →
/// 已发布 / 定时发布. Any reviewer may return the item at their stage with a comment; nobody reviews their own item;
/// 撤回 needs a reason. The event list is the truth: <see cref="Replay"/> derives the state, <see cref="Decide"/>
/// returns the next event or a typed error.
/// </summary>
/// <param name="legalReviewRequired">Whether this item goes through 法律审核 (e.g. normative documents).</param>
public sealed class ReviewWorkflow(bool legalReviewRequired)
{
    /// <summary>Whether the 法律审核 stage applies to this item.</summary>
    public bool LegalReviewRequired { get; } = legalReviewRequired;

    /// <summary>A workflow for an item of <paramref name="category"/> (legal review for regulations and normative documents).</summary>
    public static ReviewWorkflow For(InformationCategory category) => new(category.RequiresLegalReview);

    /// <summary>Derives the item's state from its events. A log that breaks the rules is a bug and throws.</summary>
    public static ItemSnapshot Replay(IReadOnlyList<ItemEvent> events)
    {
        var state = ItemState.Draft;
        string? creator = null;
        var submitters = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? scheduled = null;
        DateTimeOffset? firstPublished = null;
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if ((i == 0) != (e.Action == ReviewAction.Create) || e.From != state)
            {
                throw new InvalidOperationException($"Event {i} ({e.Action} {e.From}→{e.To}) does not follow state {state}.");
            }

            creator ??= e.ActorId;
            if (e.Action == ReviewAction.Submit)
            {
                submitters.Add(e.ActorId);
            }

            scheduled = e.To == ItemState.Scheduled ? e.ScheduledFor : null;
            firstPublished ??= e.To == ItemState.Published ? e.At : null;
            state = e.To;
        }

        return new ItemSnapshot(state, creator, submitters, scheduled, firstPublished);
    }

    /// <summary>Decides whether <paramref name="request"/> is allowed after <paramref name="events"/>.</summary>
    public WorkflowDecision Decide(IReadOnlyList<ItemEvent> events, ReviewRequest request)
    {
        var item = Replay(events);
        if ((events.Count == 0) != (request.Action == ReviewAction.Create))
        {
            return WorkflowDecision.Refused(WorkflowErrorCode.InvalidInState,
                events.Count == 0 ? "信息尚未创建" : "信息已经创建，不能重复创建");
        }

        var rule = ReviewRules.For(request.Action, item.State);
        if (rule is null)
        {
            return WorkflowDecision.Refused(WorkflowErrorCode.InvalidInState,
                $"“{PublishingNames.Of(item.State)}”状态下不能{PublishingNames.Of(request.Action)}");
        }

        return Refusal(item, rule, request.Action, request.ActorId, request.ActorRoles) ?? CheckDetails(item, request) ?? WorkflowDecision.Allowed(new ItemEvent(
            request.ActorId, request.ActorRoles, request.At, item.State, Target(rule, request),
            request.Action, request.Comment?.Trim(), request.Action == ReviewAction.Approve ? request.ScheduledFor : null));
    }

    /// <summary>
    /// The actions <paramref name="actorId"/> holding <paramref name="roles"/> may take now, from the same rule table and
    /// the same role and ownership checks as <see cref="Decide"/>; pages offer exactly these. Whether a comment or a
    /// release time is filled in is checked when the action is taken.
    /// </summary>
    public static IReadOnlyList<ReviewAction> ActionsOpenTo(IReadOnlyList<ItemEvent> events, string actorId, StaffRoles roles)
    {
        ArgumentNullException.ThrowIfNull(events);
        if (events.Count == 0)
        {
            return ReviewRules.For(ReviewAction.Create, ItemState.Draft) is { } create && roles.HasFlag(create.Role) ? [ReviewAction.Create] : [];
        }

        var item = Replay(events);
        return
        [
            .. ReviewRules.From(item.State)
                .Where(r => r.Action != ReviewAction.Create && Refusal(item, r.Rule, r.Action, actorId, roles) is null)
                .Select(r => r.Action),
        ];
    }

    private static WorkflowDecision? Refusal(ItemSnapshot item, ReviewRule rule, ReviewAction action, string actorId, StaffRoles roles)
    {
        if (!roles.HasFlag(rule.Role))
        {
            return WorkflowDecision.Refused(WorkflowErrorCode.MissingRole,
                $"{PublishingNames.Of(action)}需要“{StaffRoleNames.ChineseName(rule.Role)}”角色");
        }

        // Nobody reviews their own item: the creator and every submitter are excluded from every review step.
        return rule.IsReviewStep && item.IsOwnItem(actorId)
            ? WorkflowDecision.Refused(WorkflowErrorCode.OwnItem, "不能审核、批准或退回本人起草或提交的信息")
            : null;
    }

    private static WorkflowDecision? CheckDetails(ItemSnapshot item, ReviewRequest request)
    {
        var hasText = !string.IsNullOrWhiteSpace(request.Comment);
        return request.Action switch
        {
            ReviewAction.Return when !hasText =>
                WorkflowDecision.Refused(WorkflowErrorCode.CommentRequired, "退回必须填写意见"),
            ReviewAction.Withdraw when !hasText =>
                WorkflowDecision.Refused(WorkflowErrorCode.ReasonRequired, "撤回必须说明理由"),
            ReviewAction.Correct when !hasText =>
                WorkflowDecision.Refused(WorkflowErrorCode.ReasonRequired, "更正必须说明理由"),
            ReviewAction.RemoveAttachment when !hasText =>
                WorkflowDecision.Refused(WorkflowErrorCode.ReasonRequired, "撤下附件必须说明理由"),
            ReviewAction.Approve when request.ScheduledFor is { } release && release <= request.At =>
                WorkflowDecision.Refused(WorkflowErrorCode.ScheduleNotInFuture, "定时发布的时间必须晚于当前时间"),
            ReviewAction.ReleaseScheduled when request.At < item.ScheduledFor =>
                WorkflowDecision.Refused(WorkflowErrorCode.NotYetDue, "尚未到定时发布时间"),
            _ => null,
        };
    }

    private ItemState Target(ReviewRule rule, ReviewRequest request) => request.Action switch
    {
        ReviewAction.PassConfidentialityReview => LegalReviewRequired ? ItemState.LegalReview : ItemState.Approval,
        ReviewAction.Approve => request.ScheduledFor is null ? ItemState.Published : ItemState.Scheduled,
        _ => rule.To,
    };
}
