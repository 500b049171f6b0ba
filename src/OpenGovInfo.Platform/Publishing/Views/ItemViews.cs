using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>One row of an item list (public or staff).</summary>
public sealed record ItemSummary(
    int Id, int AgencyId, string Title, string CategoryCode, string CategoryName, string? Topic, string? IndexNumber,
    DateOnly FormedOn, DateOnly? PublishedOn, string IssuingAgency, ItemState State, DateOnly? PublishBy);

/// <summary>A page of items and the total matching the filter.</summary>
public sealed record ItemPage(IReadOnlyList<ItemSummary> Items, int Total, int Page, int PageSize);

/// <summary>An item with its metadata table, attachments and (for staff) its timeline.</summary>
public sealed record ItemDetails(
    ItemSummary Summary, string BodyHtml, string? DocumentNumber, ItemValidity Validity, PublicationChannel Channels,
    DateTimeOffset? PublishedAt, IReadOnlyList<AttachmentInfo> Attachments, IReadOnlyList<TimelineEntry> Timeline)
{
    /// <summary>Whether the workflow sends this item through 法律审核.</summary>
    public bool LegalReviewRequired => InformationCategory.FromCode(Summary.CategoryCode)?.RequiresLegalReview == true;
}

/// <summary>One event as shown on the timeline.</summary>
public sealed record TimelineEntry(string ActorId, string ActorName, DateTimeOffset At, ItemState From, ItemState To,
    ReviewAction Action, string? Comment);
