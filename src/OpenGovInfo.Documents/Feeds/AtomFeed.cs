namespace OpenGovInfo.Documents.Feeds;

/// <summary>The feed of an organisation's proactively disclosed items (newest first is conventional, not required).</summary>
/// <param name="Id">A permanent IRI for the feed, e.g. the portal's feed URL or a tag URI.</param>
/// <param name="Title">The feed title, e.g. "某市人民政府 政府信息公开".</param>
/// <param name="SelfLink">The feed's own URL (rel="self").</param>
/// <param name="AlternateLink">The HTML page the feed mirrors.</param>
/// <param name="AuthorName">The publishing organisation; RFC 4287 requires an author on the feed or every entry.</param>
/// <param name="Entries">The entries.</param>
/// <param name="UpdatedWhenEmpty">The feed's updated instant when there are no entries (e.g. when the portal opened).</param>
public sealed record AtomFeed(
    string Id, string Title, Uri SelfLink, Uri AlternateLink, string AuthorName, IReadOnlyList<AtomEntry> Entries,
    DateTimeOffset UpdatedWhenEmpty)
{
    /// <summary>RFC 4287 §4.2.15: the most recent instant the feed changed = its newest entry.</summary>
    public DateTimeOffset Updated => Entries.Count == 0 ? UpdatedWhenEmpty : Entries.Max(e => e.Updated);
}
