using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// The sidecar <c>FILE.manifest.json</c> written last, after the backup file is in place: its presence marks a finished
/// backup, its hash proves the file is the one written, and its schema and row counts let a drill compare.
/// </summary>
/// <param name="Format">Always <see cref="FormatName"/>; a later layout gets a new name.</param>
/// <param name="Provider">Sqlite or PostgreSql.</param>
/// <param name="File">The backup file's name (not its path: backups are moved between machines).</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the backup file.</param>
/// <param name="Bytes">Size of the backup file.</param>
/// <param name="CreatedAt">When the snapshot was taken (UTC).</param>
/// <param name="Source">Where it was taken from, without secrets (file path, or host/port/database).</param>
/// <param name="LastMigration">The newest applied migration id, or null for a database never migrated.</param>
/// <param name="Migrations">Every applied migration id, oldest first.</param>
/// <param name="RowCounts">Rows per table in the snapshot.</param>
/// <param name="Tool">The ogi version that wrote it.</param>
public sealed record BackupManifest(
    string Format,
    string Provider,
    string File,
    string Sha256,
    long Bytes,
    DateTimeOffset CreatedAt,
    string Source,
    string? LastMigration,
    IReadOnlyList<string> Migrations,
    IReadOnlyDictionary<string, long> RowCounts,
    string Tool)
{
    /// <summary>The layout this build reads and writes.</summary>
    public const string FormatName = "opengovinfo-backup/1";

    /// <summary>The ogi version recorded in manifests.</summary>
    public const string ToolVersion = "ogi 0.1.0";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>The sidecar's path for a backup file.</summary>
    public static string PathFor(string backupFile) => backupFile + ".manifest.json";

    /// <summary>Writes the manifest next to <paramref name="backupFile"/> through a temp file, so a crash leaves none or a whole one.</summary>
    public async Task WriteAsync(string backupFile, CancellationToken cancellationToken)
    {
        var target = PathFor(backupFile);
        var temp = target + $".tmp-{Guid.NewGuid():N}";
        await System.IO.File.WriteAllTextAsync(temp, JsonSerializer.Serialize(this, Json), cancellationToken);
        System.IO.File.Move(temp, target, overwrite: true);
    }

    /// <summary>Reads the sidecar of <paramref name="backupFile"/>; refuses a missing, unreadable or foreign one.</summary>
    public static async Task<BackupManifest> ReadAsync(string backupFile, CancellationToken cancellationToken)
    {
        var path = PathFor(backupFile);
        if (!System.IO.File.Exists(path))
        {
            throw new BackupRefusedException($"找不到备份清单“{path}”：清单在备份完成时与备份文件一同写出，没有清单的备份视为未完成。");
        }

        BackupManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<BackupManifest>(await System.IO.File.ReadAllTextAsync(path, cancellationToken), Json);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        if (manifest is null || manifest.Format != FormatName || manifest.Sha256 is null || manifest.Migrations is null || manifest.RowCounts is null)
        {
            throw new BackupRefusedException($"备份清单“{path}”无法识别（应为 {FormatName} 格式）。");
        }

        return manifest;
    }

    /// <summary>Lower-case hex SHA-256 of a file.</summary>
    public static async Task<string> HashFileAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }

    /// <summary>Refuses a file whose hash is not the manifest's (a damaged copy, or another backup's manifest).</summary>
    public async Task CheckHashAsync(string path, CancellationToken cancellationToken)
    {
        var actual = await HashFileAsync(path, cancellationToken);
        if (!string.Equals(actual, Sha256, StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupRefusedException($"备份文件的 SHA-256 与清单不符（清单 {Sha256[..Math.Min(12, Sha256.Length)]}…，实际 {actual[..12]}…）：文件已损坏或不是该清单对应的备份。");
        }
    }
}
