using Microsoft.Data.Sqlite;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// Online backup and atomic restore of the platform's SQLite file. The copy is made with <c>VACUUM INTO</c>: one
/// statement, so one read transaction and one consistent snapshot while the web keeps writing; it runs under
/// Microsoft.Data.Sqlite's busy retry (a writer committing at that instant delays it, never breaks it), unlike
/// <c>sqlite3_backup_step(-1)</c>, which fails on the first busy lock; and it writes a compact file with no free pages.
/// </summary>
internal static class SqliteBackup
{
    private static readonly byte[] Header = "SQLite format 3\0"u8.ToArray();

    public static async Task<BackupManifest> CreateAsync(DatabaseOptions options, string? output, bool force, TimeProvider clock, CancellationToken cancellationToken)
    {
        var source = DatabaseFile(options);
        if (!File.Exists(source))
        {
            throw new BackupRefusedException($"找不到 SQLite 数据库文件“{source}”。");
        }

        var target = BackupTarget.Prepare(output, force);
        var temp = BackupTarget.TempBeside(target, "tmp");
        try
        {
            var createdAt = clock.GetUtcNow();
            await using (var connection = Open(source, SqliteOpenMode.ReadWrite))
            {
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $path";
                vacuum.Parameters.AddWithValue("$path", temp);
                await vacuum.ExecuteNonQueryAsync(cancellationToken);
            }

            // Counted on the copy, not the live file: the manifest describes exactly the bytes it hashes.
            var (migrations, counts) = await InspectAsync(temp, cancellationToken);
            var hash = await BackupManifest.HashFileAsync(temp, cancellationToken);
            var bytes = new FileInfo(temp).Length;
            File.Move(temp, target, overwrite: true);
            var manifest = new BackupManifest(BackupManifest.FormatName, nameof(DatabaseProvider.Sqlite), Path.GetFileName(target), hash, bytes,
                createdAt, source, migrations is [.., var last] ? last : null, migrations ?? [], counts, BackupManifest.ToolVersion);
            await manifest.WriteAsync(target, cancellationToken);
            return manifest;
        }
        finally
        {
            BackupTarget.Discard(temp);
        }
    }

    public static async Task<(BackupManifest Manifest, int Pending)> RestoreAsync(DatabaseOptions options, string file, bool force, CancellationToken cancellationToken)
    {
        var backup = Path.GetFullPath(file);
        if (!File.Exists(backup))
        {
            throw new BackupRefusedException($"找不到备份文件“{backup}”。");
        }

        if (!await HasSqliteHeaderAsync(backup, cancellationToken))
        {
            throw new BackupRefusedException($"“{backup}”不是 SQLite 数据库文件（文件头不符）。");
        }

        var manifest = await BackupManifest.ReadAsync(backup, cancellationToken);
        if (manifest.Provider != nameof(DatabaseProvider.Sqlite))
        {
            throw new BackupRefusedException($"这是 {manifest.Provider} 的备份，不能恢复到 SQLite 数据库。");
        }

        var target = DatabaseFile(options);
        if (!force && await HoldsDataAsync(target, cancellationToken))
        {
            throw new BackupRefusedException($"目标数据库“{target}”已有数据，未覆盖。确认用备份替换它请加 --force（建议先停止网站并备份现有数据库）。");
        }

        Directory.CreateDirectory(BackupTarget.FolderOf(target));
        var temp = BackupTarget.TempBeside(target, "restore");
        try
        {
            // Every check runs on the copy that will be renamed into place, so what was checked is what is installed.
            File.Copy(backup, temp, overwrite: false);
            await manifest.CheckHashAsync(temp, cancellationToken);
            var (migrations, _) = await InspectAsync(temp, cancellationToken);
            var pending = BackupSchema.Check(DatabaseProvider.Sqlite, migrations);

            // A journal left by the old file would be replayed into the new one as a "hot journal" and corrupt it.
            foreach (var suffix in new[] { "-journal", "-wal", "-shm" })
            {
                File.Delete(target + suffix);
            }

            File.Move(temp, target, overwrite: true);
            return (manifest, pending);
        }
        finally
        {
            BackupTarget.Discard(temp);
        }
    }

    /// <summary>The full path of the database file; an in-memory database has none to back up.</summary>
    private static string DatabaseFile(DatabaseOptions options)
    {
        var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (string.IsNullOrWhiteSpace(dataSource) || dataSource == ":memory:" || dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
        {
            throw new BackupRefusedException("SQLite 连接字符串须指向数据库文件（Data Source=路径），内存数据库和 URI 形式不支持备份与恢复。");
        }

        return Path.GetFullPath(dataSource);
    }

    private static SqliteConnection Open(string path, SqliteOpenMode mode)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            Pooling = false,
            // Long enough to wait out a burst of writes; the copy itself takes a read lock for well under a second.
            DefaultTimeout = 120,
        }.ConnectionString);
        connection.Open();
        return connection;
    }

    private static async Task<bool> HasSqliteHeaderAsync(string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[Header.Length];
        await using var stream = File.OpenRead(path);
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return read == Header.Length && buffer.AsSpan().SequenceEqual(Header);
    }

    /// <summary>True when the file exists with any table in it (or is unreadable: then it is not ours to overwrite silently).</summary>
    private static async Task<bool> HoldsDataAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path) || new FileInfo(path).Length == 0)
        {
            return false;
        }

        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'";
            return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (SqliteException)
        {
            return true;
        }
    }

    /// <summary>Integrity check, applied migrations (null without a history table) and rows per table of a backup file.</summary>
    private static async Task<(IReadOnlyList<string>? Migrations, IReadOnlyDictionary<string, long> Counts)> InspectAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = Open(path, SqliteOpenMode.ReadOnly);
            var problems = await ColumnAsync(connection, "PRAGMA integrity_check", cancellationToken);
            if (problems is not ["ok"])
            {
                throw new BackupRefusedException($"备份文件未通过完整性检查（PRAGMA integrity_check）：{string.Join("；", problems.Take(5))}");
            }

            var tables = await ColumnAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", cancellationToken);
            var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var table in tables)
            {
                await using var count = connection.CreateCommand();
                count.CommandText = $"SELECT COUNT(*) FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
                counts[table] = Convert.ToInt64(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
            }

            var migrations = tables.Contains(BackupSchema.HistoryTable)
                ? await ColumnAsync(connection, $"SELECT MigrationId FROM \"{BackupSchema.HistoryTable}\" ORDER BY MigrationId", cancellationToken)
                : null;
            return (migrations, counts);
        }
        catch (SqliteException ex)
        {
            throw new BackupRefusedException($"备份文件已损坏或无法读取：{ex.Message}");
        }
    }

    private static async Task<List<string>> ColumnAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var values = new List<string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
