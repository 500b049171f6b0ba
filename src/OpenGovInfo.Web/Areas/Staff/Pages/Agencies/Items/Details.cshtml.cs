using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>An item's staff page: metadata, attachments, the review buttons for its state and the event timeline.</summary>
public sealed class DetailsModel(GetItem getItem, ApplyReviewAction apply, ExplainPublishBy explain) : PageModel
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

    /// <summary>The actions offered in the item's state (the workflow still checks role and ownership).</summary>
    public IReadOnlyList<(ReviewAction Action, string Label)> Actions => Item!.Summary.State switch
    {
        ItemState.Draft or ItemState.Returned => [(ReviewAction.Submit, "提交审核")],
        ItemState.ConfidentialityReview => [(ReviewAction.PassConfidentialityReview, "保密审查通过"), (ReviewAction.Return, "退回")],
        ItemState.LegalReview => [(ReviewAction.PassLegalReview, "法律审核通过"), (ReviewAction.Return, "退回")],
        ItemState.Approval => [(ReviewAction.Approve, "批准发布"), (ReviewAction.Return, "退回")],
        ItemState.Published or ItemState.Scheduled => [(ReviewAction.Withdraw, "撤回")],
        ItemState.Withdrawn => [(ReviewAction.Revise, "重新编辑")],
        _ => [],
    };

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
        var result = await apply.RunAsync(new ReviewActionRequest(AgencyId, ItemId, action, Comment, release), PublishingActor.From(User), cancellationToken);
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
        return result.IsSuccess;
    }
}
