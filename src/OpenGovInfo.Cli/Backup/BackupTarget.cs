namespace OpenGovInfo.Cli.Backup;

/// <summary>Where a backup is written: a full path, refused when a finished backup is there unless forced.</summary>
internal static class BackupTarget
{
    /// <summary>Resolves <paramref name="output"/>, creates its folder and removes an old backup when <paramref name="force"/>.</summary>
    public static string Prepare(string? output, bool force)
    {
        if (string.IsNullOrWhiteSpace(output))
        {
            throw new BackupRefusedException("请用 -o 指定备份文件，例如 -o backups/opengovinfo-20260331.db。");
        }

        var path = Path.GetFullPath(output);
        if (Directory.Exists(path))
        {
            throw new BackupRefusedException($"“{path}”是一个目录，请指定备份文件名。");
        }

        if (File.Exists(path))
        {
            if (!force)
            {
                throw new BackupRefusedException($"备份文件“{path}”已存在；确认覆盖请加 --force。");
            }

            // The old manifest goes first: until the new one is written the file has none, so it cannot pass for finished.
            File.Delete(BackupManifest.PathFor(path));
        }

        Directory.CreateDirectory(FolderOf(path));
        return path;
    }

    /// <summary>A temp file beside <paramref name="path"/>: on the same file system, so the final rename is atomic.</summary>
    public static string TempBeside(string path, string purpose) =>
        Path.Combine(FolderOf(path), $".{Path.GetFileName(path)}.{purpose}-{Guid.NewGuid():N}");

    /// <summary>The folder of a file's full path (only a root has none, and a root is no file).</summary>
    public static string FolderOf(string path) =>
        Path.GetDirectoryName(Path.GetFullPath(path)) ?? throw new ArgumentException($"“{path}” is a root, not a file.", nameof(path));

    /// <summary>Deletes a temp file left by a failed step; a missing file is fine.</summary>
    public static void Discard(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the failure being reported matters more than a leftover dot-file.
        }
    }
}
