using System.Globalization;

namespace OpenGovInfo.Documents.Feeds;

/// <summary>
/// Tag URIs (RFC 4151) for entry ids: <c>tag:gov.example.cn,2024-03-01:item/42</c>. Unlike a URL they survive a
/// change of domain or URL scheme, so feed readers do not show every item again after a site move.
/// </summary>
public static class AtomTagUri
{
    /// <summary>The tag URI for <paramref name="specific"/>, minted by <paramref name="authority"/> on <paramref name="date"/>.</summary>
    /// <param name="authority">A domain name the organisation held on <paramref name="date"/>.</param>
    /// <param name="date">Any date the authority was held; fix it once per site, never change it.</param>
    /// <param name="specific">The item's specific part, e.g. "item/42" (percent-encoded where needed).</param>
    public static string Create(string authority, DateOnly date, string specific)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authority);
        ArgumentException.ThrowIfNullOrWhiteSpace(specific);
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"tag:{authority.ToLowerInvariant()},{day}:{Uri.EscapeDataString(specific).Replace("%2F", "/", StringComparison.Ordinal)}";
    }
}
