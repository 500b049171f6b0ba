namespace OpenGovInfo.Platform.Portal;

/// <summary>An agency's public item list page: the agency's name and one page of its published items.</summary>
public sealed record PublicItemList(int AgencyId, string AgencyName, IReadOnlyList<PublicListRow> Rows, int Total, int Page, int PageSize);

/// <summary>One row of the public list: the columns the page shows and nothing else.</summary>
public sealed record PublicListRow(int Id, string Title, string CategoryName, string? IndexNumber, DateOnly? PublishedOn);
