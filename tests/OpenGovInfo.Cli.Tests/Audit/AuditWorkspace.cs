using System.Text;
using System.Text.Json;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Cli.Tests.Audit;

/// <summary>A temporary folder for one audit scenario: files written in, ogi run on them, JSON read back.</summary>
internal sealed class AuditWorkspace : IDisposable
{
    public AuditWorkspace() => Root = Directory.CreateTempSubdirectory("ogi-assess-").FullName;

    public string Root { get; }

    public static string Seed => File.ReadAllText(Path.Combine(SharedPaths.ReportsFolder, "000_seed_pingqiao_2023.txt"));

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Encoding.UTF8);
        return path;
    }

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public (int Code, string Output) Ogi(params string[] args) => CliRun.Ogi(args);

    /// <summary>The entries of a JSON output, by file name.</summary>
    public Dictionary<string, JsonElement> Entries(string json)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(json));
        return doc.RootElement.EnumerateArray().ToDictionary(e => System.IO.Path.GetFileName(e.GetProperty("source").GetString()!), e => e.Clone());
    }

    public static List<JsonElement> Audit(JsonElement entry, string rule) =>
        [.. entry.GetProperty("audit").EnumerateArray().Where(f => f.GetProperty("rule").GetString() == rule)];

    public void Dispose() => Directory.Delete(Root, true);
}
