using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace OpenGovInfo.Platform.Tests.Cli.Backup;

/// <summary>Temp folders for backups, and the manifest edits the refusal tests make.</summary>
internal static class BackupFiles
{
    public static string NewFolder() => Directory.CreateTempSubdirectory("ogi-backup-").FullName;

    public static string ManifestOf(string backup) => backup + ".manifest.json";

    public static JsonObject ReadManifest(string backup) => JsonNode.Parse(File.ReadAllText(ManifestOf(backup)))!.AsObject();

    /// <summary>Makes the manifest agree with the file again, as someone "fixing" a damaged backup would.</summary>
    public static void RehashManifest(string backup)
    {
        var manifest = ReadManifest(backup);
        manifest["sha256"] = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(backup)));
        File.WriteAllText(ManifestOf(backup), manifest.ToJsonString());
    }
}
