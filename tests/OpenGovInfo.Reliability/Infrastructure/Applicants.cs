using System.Net.Http.Json;
using System.Text.Json;

namespace OpenGovInfo.Reliability.Infrastructure;

/// <summary>Citizens submitting through <c>POST /api/v1/applications</c>, as scripts and provincial platforms do.</summary>
public static class Applicants
{
    /// <summary>A valid body (居民身份证 with a correct check digit); <paramref name="description"/> makes it unique.</summary>
    public static object Body(int agencyId, string description) => new
    {
        agencyId,
        applicant = new { kind = "natural", name = "张三丰", idType = "resident_id", idNumber = "110105199003070017", phone = "13812345678", email = "zhang@example.cn", address = "平安路1号" },
        description,
        deliveryForm = "email",
    };

    /// <summary>Submits; returns the tracking code when the app acknowledged (201), else null.</summary>
    public static async Task<string?> SubmitAsync(HttpClient client, int agencyId, string description, CancellationToken cancellationToken = default)
    {
        using var response = await client.PostAsJsonAsync("/api/v1/applications", Body(agencyId, description), cancellationToken);
        if (response.StatusCode != System.Net.HttpStatusCode.Created)
        {
            return null;
        }

        using var receipt = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
        return receipt.RootElement.GetProperty("trackingCode").GetString();
    }

    /// <summary>The id of an agency by name, through the public API.</summary>
    public static async Task<int> AgencyIdAsync(HttpClient client, string name)
    {
        using var agencies = JsonDocument.Parse(await client.GetStringAsync("/api/v1/agencies"));
        return agencies.RootElement.EnumerateArray().First(a => a.GetProperty("name").GetString() == name).GetProperty("id").GetInt32();
    }

    /// <summary>Ids of published items, through the public API.</summary>
    public static async Task<List<int>> PublishedItemIdsAsync(HttpClient client)
    {
        using var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/items?pageSize=50"));
        return [.. list.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt32())];
    }
}
