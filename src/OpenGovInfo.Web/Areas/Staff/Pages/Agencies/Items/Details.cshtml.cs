using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>An item's staff page: metadata, attachments, the review buttons for its state and the event timeline.</summary>
public sealed class DetailsModel(GetItem getItem, ApplyReviewAction apply, ListReviewActions actions, ExplainPublishBy explain) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The item in the route.</summary>
    [FromRoute]
    public int ItemId { get; set; }

    /// <summary>Review comment or withdrawal reason.</summary>
    [BindProperty]
    public string? Comment { get; set; }

    /// <summary>定时发布: the release time (China time, as typed in a datetime-local field); empty publishes at once.</summary>
    [BindProperty]
    public DateTime? ScheduledFor { get; set; }

    /// <summary>The item.</summary>
    public ItemDetails? Item { get; private set; }

    /// <summary>The publish-by date with its “why this date” count.</summary>
    public PublishByView? PublishBy { get; private set; }

    /// <summary>The actions the signed-in user may take now, as the workflow derives them (nothing else is offered).</summary>
    public IReadOnlyList<ReviewAction> Actions { get; private set; } = [];

    /// <summary>
    /// Open actions taken on a page of their own (修改 with its 更正说明, 撤下附件), offered as links, not as buttons here.
    /// </summary>
    private static readonly ReviewAction[] OwnPageActions = [ReviewAction.Correct, ReviewAction.RemoveAttachment];

    /// <summary>The user may change the draft (修改, 上传附件): the workflow lets them record a correction now.</summary>
    public bool MayEdit { get; private set; }

    /// <summary>The user may take an attachment off the draft (撤下), with a reason.</summary>
    public bool MayRemoveAttachments { get; private set; }

    /// <summary>Whether an offered action takes a comment or reason (退回, 撤回).</summary>
    public bool TakesComment => Actions.Any(a => a is ReviewAction.Return or ReviewAction.Withdraw);

    /// <summary>Loads the item.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>Applies one review action.</summary>
    public async Task<IActionResult> OnPostAsync(ReviewAction action, CancellationToken cancellationToken)
    {
        // A time the offset arithmetic cannot hold (0001-01-01T07:59 is before DateTimeOffset.MinValue in UTC) is a typing
        // error to report, not a crash; the workflow itself refuses any time not in the future.
        if (action == ReviewAction.Approve && ScheduledFor is { Year: < 2000 or > 9000 })
        {
            ModelState.AddModelError(nameof(ScheduledFor), "定时发布时间无效，请重新选择日期和时间。");
            return await LoadAsync(cancellationToken) ? Page() : NotFound();
        }

        // The field has no zone: staff type Beijing time.
        DateTimeOffset? release = action == ReviewAction.Approve && ScheduledFor is { } local
            ? Domain.Calendar.ChinaTime.At(DateOnly.FromDateTime(local), TimeOnly.FromDateTime(local))
            : null;
        var result = await apply.RunAsync(new ReviewActionRequest(AgencyId, ItemId, action, Comment, release), PublishingActor.From(User, AgencyId), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/items/{ItemId}");
        }

        ModelState.AddErrors(result.Errors, string.Empty);
        return await LoadAsync(cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        var result = await getItem.ForStaffAsync(AgencyId, ItemId, cancellationToken);
        Item = result.IsSuccess ? result.Value : null;
        PublishBy = result.IsSuccess ? await explain.ForItemAsync(AgencyId, ItemId, cancellationToken) : null;
        var open = result.IsSuccess ? await actions.RunAsync(AgencyId, ItemId, PublishingActor.From(User, AgencyId), cancellationToken) : [];
        Actions = [.. open.Where(a => !OwnPageActions.Contains(a))];
        MayEdit = open.Contains(ReviewAction.Correct);
        MayRemoveAttachments = open.Contains(ReviewAction.RemoveAttachment);
        return result.IsSuccess;
    }
}
