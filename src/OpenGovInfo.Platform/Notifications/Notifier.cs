using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Notifications;

/// <summary>
/// Stores notifications once per (recipient, occasion) with INSERT … ON CONFLICT DO NOTHING — a repeat or a race with
/// another node adds nothing and aborts nothing — and hands only the newly stored ones to the
/// <see cref="INotificationSender"/>, after the caller's transaction has committed.
/// </summary>
public sealed class Notifier(OpenGovInfoDbContext db, INotificationSender sender, TimeProvider clock)
{
    private readonly List<Notification> _stored = [];

    /// <summary>Stores one notification per recipient (inside the caller's transaction, if any); the number new.</summary>
    public async Task<int> NotifyAsync(IEnumerable<string> recipients, string key, NotificationKind kind, string text, string link,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var now = clock.GetUtcNow().ToUniversalTime();
        // Stored as the model stores instants (UtcDateTimeOffsetConverter): a UTC DateTime.
        var kindName = kind.ToString();
        var added = 0;
        foreach (var recipient in recipients.Distinct(StringComparer.Ordinal))
        {
            var inserted = await db.Database.ExecuteSqlAsync(
                $"""
                INSERT INTO notifications ("RecipientId", "Key", "Kind", "Text", "Link", "CreatedAt")
                VALUES ({recipient}, {key}, {kindName}, {text}, {link}, {now.UtcDateTime}) ON CONFLICT ("RecipientId", "Key") DO NOTHING
                """,
                cancellationToken);
            if (inserted == 1)
            {
                _stored.Add(new Notification { RecipientId = recipient, Key = key, Kind = kind, Text = text, Link = link, CreatedAt = now });
                added++;
            }
        }

        return added;
    }

    /// <summary>Hands what was stored since the last call to the sender; call after committing.</summary>
    public async Task DeliverAsync(CancellationToken cancellationToken)
    {
        var pending = _stored.ToList();
        _stored.Clear();
        foreach (var notification in pending)
        {
            await sender.SendAsync(notification, cancellationToken);
        }
    }
}
