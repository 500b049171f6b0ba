using System.Text.Json;
using OpenGovInfo.Documents.Auditing;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// <c>--history FILE</c> (A4): the content hash of every version of every source seen by earlier runs, so a report
/// changed after publication is noticed. JSON object: source → [{hash, seen}], oldest first. Each run appends the
/// versions it saw that differ from the last recorded one.
/// </summary>
internal static class AuditHistory
{
    /// <summary>The recorded versions by source; empty when the file does not exist yet.</summary>
    public static Dictionary<string, IReadOnlyList<SeenVersion>> Load(string path)
    {
        if (!File.Exists(path))
        {
            return new(StringComparer.Ordinal);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.EnumerateObject().ToDictionary(
            p => p.Name,
            p => (IReadOnlyList<SeenVersion>)[.. p.Value.EnumerateArray().Select(v =>
                // !: the history file is this command's own output: every version has its hash and date.
                new SeenVersion(v.GetProperty("hash").GetString()!, DateOnly.Parse(v.GetProperty("seen").GetString()!, System.Globalization.CultureInfo.InvariantCulture)))],
            StringComparer.Ordinal);
    }

    /// <summary>Adds this run's versions and writes the file.</summary>
    public static void Save(string path, Dictionary<string, IReadOnlyList<SeenVersion>> history, IEnumerable<AuditedReport> run, DateOnly today)
    {
        foreach (var r in run)
        {
            if (r.Result.ContentHash is not { } hash)
            {
                continue;
            }

            var versions = history.GetValueOrDefault(r.Result.Source) ?? [];
            if (versions.Count == 0 || versions[^1].ContentHash != hash)
            {
                history[r.Result.Source] = [.. versions, new SeenVersion(hash, today)];
            }
        }

        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        foreach (var (source, versions) in history.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            writer.WriteStartArray(source);
            foreach (var v in versions)
            {
                writer.WriteStartObject();
                writer.WriteString("hash", v.ContentHash);
                writer.WriteString("seen", v.SeenOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
