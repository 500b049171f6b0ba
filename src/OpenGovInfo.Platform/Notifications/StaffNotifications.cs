using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Notifications;

/// <summary>One notification as listed.</summary>
/// <param name="Id">Id.</param>
/// <param name="Kind">Why.</param>
/// <param name="Text">Message.</param>
/// <param name="Link">Where to act.</param>
/// <param name="CreatedAt">When (UTC).</param>
/// <param name="IsRead">Read already.</param>
public sealed record NotificationView(long Id, NotificationKind Kind, string Text, string Link, DateTimeOffset CreatedAt, bool IsRead);

/// <summary>A staff member's own notifications: count, list, mark read. Nobody reads or marks another's.</summary>
public sealed class StaffNotifications(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>Most notifications listed at once.</summary>
    public const int PageSize = 50;

    /// <summary>Unread notifications of <paramref name="staffId"/> (for the header).</summary>
    public Task<int> UnreadCountAsync(string staffId, CancellationToken cancellationToken = default) =>
        db.Set<Notification>().CountAsync(n => n.RecipientId == staffId && n.ReadAt == null, cancellationToken);

    /// <summary>The newest notifications, unread first.</summary>
    public async Task<IReadOnlyList<NotificationView>> ListAsync(string staffId, CancellationToken cancellationToken = default) =>
        await db.Set<Notification>().AsNoTracking().Where(n => n.RecipientId == staffId)
            .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.Id).Take(PageSize)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt != null))
            .ToListAsync(cancellationToken);

    /// <summary>Marks one of the staff member's own notifications read; false when it is not theirs or unknown.</summary>
    public async Task<bool> MarkReadAsync(string staffId, long id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        var mine = await db.Set<Notification>().Where(n => n.Id == id && n.RecipientId == staffId)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, n => n.ReadAt ?? now), cancellationToken);
        return mine == 1;
    }

    /// <summary>Marks all the staff member's notifications read; the number changed.</summary>
    public Task<int> MarkAllReadAsync(string staffId, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().ToUniversalTime();
        return db.Set<Notification>().Where(n => n.RecipientId == staffId && n.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
    }
}
