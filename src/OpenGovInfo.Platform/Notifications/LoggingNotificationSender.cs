using Microsoft.Extensions.Logging;

namespace OpenGovInfo.Platform.Notifications;

/// <summary>Writes each notification to the log (<c>Notifications:Sender=Log</c>), e.g. to feed a mail relay that tails it.</summary>
public sealed partial class LoggingNotificationSender(ILogger<LoggingNotificationSender> logger) : INotificationSender
{
    /// <inheritdoc />
    public Task SendAsync(Notification notification, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(notification);
        LogSent(logger, notification.RecipientId, notification.Kind, notification.Text);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "通知 {RecipientId}（{Kind}）：{Text}")]
    private static partial void LogSent(ILogger logger, string recipientId, NotificationKind kind, string text);
}
