using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// The list page's filters from the query string, read as Razor Pages' model binding read them: the first value of
/// each key, an empty value as none, a number that does not parse as none (page: 1).
/// </summary>
internal sealed record ItemListQuery(string? Category, int? Year, string? Topic, int Page)
{
    public static ItemListQuery From(IQueryCollection query) => new(
        First(query, "category"), Int(First(query, "year")), First(query, "topic"), Int(First(query, "page")) ?? 1);

    /// <summary>
    /// The URL of page <paramref name="page"/> of agency <paramref name="agencyId"/> with these filters: the
    /// non-empty ones in the order category, year, topic, page, each value URL-encoded (as QueryHelpers.AddQueryString).
    /// </summary>
    public string PageUrl(int agencyId, int page)
    {
        var url = new StringBuilder("/agencies/").Append(agencyId).Append("/items");
        var separator = '?';
        void Add(string key, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                url.Append(separator).Append(key).Append('=').Append(UrlEncoder.Default.Encode(value));
                separator = '&';
            }
        }

        Add("category", Category);
        Add("year", Year?.ToString(CultureInfo.InvariantCulture));
        Add("topic", Topic);
        Add("page", page.ToString(CultureInfo.InvariantCulture));
        return url.ToString();
    }

    private static string? First(IQueryCollection query, string key) =>
        query.TryGetValue(key, out var values) && values.Count > 0 && !string.IsNullOrEmpty(values[0]) ? values[0] : null;

    private static int? Int(string? text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}
