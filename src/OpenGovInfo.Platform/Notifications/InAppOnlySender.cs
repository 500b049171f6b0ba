namespace OpenGovInfo.Platform.Notifications;

/// <summary>The default: notifications stay in the app (the staff header counts them); nothing leaves the server.</summary>
public sealed class InAppOnlySender : INotificationSender
{
    /// <inheritdoc />
    public Task SendAsync(Notification notification, CancellationToken cancellationToken) => Task.CompletedTask;
}
