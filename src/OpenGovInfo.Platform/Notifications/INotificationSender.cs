namespace OpenGovInfo.Platform.Notifications;

/// <summary>
/// Delivers a new notification beyond the app (e-mail, SMS…). Called once per notification, after it is stored;
/// the in-app notification is the record, so a failed delivery loses nothing.
/// </summary>
public interface INotificationSender
{
    /// <summary>Delivers <paramref name="notification"/>.</summary>
    Task SendAsync(Notification notification, CancellationToken cancellationToken);
}
