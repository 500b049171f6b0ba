using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Notifications;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Notifications;

/// <summary>站内通知: the signed-in staff member's own notifications; mark one or all read.</summary>
public sealed class IndexModel(StaffNotifications notifications) : PageModel
{
    /// <summary>The notifications, unread first.</summary>
    public IReadOnlyList<NotificationView> Items { get; private set; } = [];

    private string Me => User.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;

    /// <summary>Lists.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Items = await notifications.ListAsync(Me, cancellationToken);

    /// <summary>Marks one read (only one's own: another's id changes nothing).</summary>
    public async Task<IActionResult> OnPostReadAsync(long id, CancellationToken cancellationToken)
    {
        await notifications.MarkReadAsync(Me, id, cancellationToken);
        return Redirect("/staff/notifications");
    }

    /// <summary>Marks every notification read.</summary>
    public async Task<IActionResult> OnPostReadAllAsync(CancellationToken cancellationToken)
    {
        await notifications.MarkAllReadAsync(Me, cancellationToken);
        return Redirect("/staff/notifications");
    }
}
