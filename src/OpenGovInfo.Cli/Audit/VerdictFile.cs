using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// The verdicts file (JSON array of <see cref="Verdict"/>, snake_case, Chinese kept readable): read by
/// <c>ogi audit --verdicts</c>, written by <c>ogi verdict</c>. One verdict per finding id; the newest wins.
/// </summary>
internal static class VerdictFile
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    /// <summary>The verdicts by finding id; empty when the file does not exist yet.</summary>
    public static Dictionary<string, Verdict> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new(StringComparer.Ordinal);
        }

        var list = JsonSerializer.Deserialize<List<Verdict>>(File.ReadAllText(path), Options) ?? [];
        return list.GroupBy(v => v.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);
    }

    /// <summary>Writes the verdicts, ordered by source then rule.</summary>
    public static void Save(string path, IEnumerable<Verdict> verdicts) =>
        File.WriteAllText(path, JsonSerializer.Serialize(
            verdicts.OrderBy(v => v.Source, StringComparer.Ordinal).ThenBy(v => v.Rule, StringComparer.Ordinal).ToList(), Options));
}
