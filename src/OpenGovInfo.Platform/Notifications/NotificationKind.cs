namespace OpenGovInfo.Platform.Notifications;

/// <summary>Why someone is told.</summary>
public enum NotificationKind
{
    /// <summary>Their item was returned to them (退回).</summary>
    ItemReturned,

    /// <summary>An item waits for their review or approval.</summary>
    ItemAwaitsReview,

    /// <summary>An application's deadline is near or past.</summary>
    CaseDeadlineNear,

    /// <summary>An annual report is due (the report reminders add these).</summary>
    ReportDue,
}
