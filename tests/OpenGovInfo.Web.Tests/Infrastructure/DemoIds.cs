using System.Net.Http.Json;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Tests.Infrastructure;

/// <summary>Agency ids of the demo district, read through the public API.</summary>
public static class DemoIds
{
    /// <summary>Name → id.</summary>
    public static async Task<Dictionary<string, int>> AgenciesAsync(HttpClient client)
    {
        var agencies = await client.GetFromJsonAsync<List<AgencySummary>>("/api/v1/agencies") ?? [];
        return agencies.ToDictionary(a => a.Name, a => a.Id, StringComparer.Ordinal);
    }
}
