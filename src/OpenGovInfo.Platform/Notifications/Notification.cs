namespace OpenGovInfo.Platform.Notifications;

/// <summary>
/// One in-app notification (站内通知) for one staff member. <see cref="Key"/> names the occasion (an item event, a case
/// deadline); the unique index on (recipient, key) is the second guard that nobody is told the same thing twice.
/// </summary>
public sealed class Notification
{
    /// <summary>Id.</summary>
    public long Id { get; set; }

    /// <summary>The staff member told.</summary>
    public string RecipientId { get; set; } = string.Empty;

    /// <summary>The occasion, e.g. <c>item:12:event:3</c> or <c>case:7:due:2026-12-08</c>.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>What it is about.</summary>
    public NotificationKind Kind { get; set; }

    /// <summary>The message, in Chinese.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Where to act (a staff page path).</summary>
    public string Link { get; set; } = string.Empty;

    /// <summary>When created (UTC).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When read (UTC), or null while unread.</summary>
    public DateTimeOffset? ReadAt { get; set; }
}
