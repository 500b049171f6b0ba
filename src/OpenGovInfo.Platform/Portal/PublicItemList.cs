using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Portal;

/// <summary>An agency's public item list page: the agency's name and one page of its published items.</summary>
public sealed record PublicItemList(int AgencyId, string AgencyName, ItemPage Items);
