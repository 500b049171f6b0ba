namespace OpenGovInfo.Domain.Publishing;

/// <summary>Where an item stands against its 条例 第二十六条 publish-by date.</summary>
public enum TimelinessStatus
{
    /// <summary>Not yet published; more than the at-risk margin of working days left.</summary>
    OnTime,

    /// <summary>Not yet published; the publish-by date is today or within the at-risk margin (临期).</summary>
    AtRisk,

    /// <summary>Not yet published and the publish-by date has passed (逾期).</summary>
    Late,

    /// <summary>Published on or before the publish-by date.</summary>
    PublishedOnTime,

    /// <summary>Published after the publish-by date (逾期公开).</summary>
    PublishedLate,
}
