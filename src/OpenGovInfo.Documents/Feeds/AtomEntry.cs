namespace OpenGovInfo.Documents.Feeds;

/// <summary>One published item in the Atom feed.</summary>
/// <param name="Id">A permanent IRI: a tag URI (<see cref="AtomTagUri"/>) or the item's canonical URL. Never reuse one.</param>
/// <param name="Title">The item title (plain text; escaped by the writer).</param>
/// <param name="Link">The item page.</param>
/// <param name="Updated">The publish (or last significant change) instant; written in UTC.</param>
/// <param name="Summary">A plain-text summary, or null.</param>
public sealed record AtomEntry(string Id, string Title, Uri Link, DateTimeOffset Updated, string? Summary = null);
