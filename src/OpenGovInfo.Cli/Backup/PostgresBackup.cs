using System.Data;
using Npgsql;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// Logical backup of the platform's PostgreSQL database with <c>pg_dump -Fc</c> and restore with <c>pg_restore</c>.
/// The dump runs on a snapshot exported by ogi's own REPEATABLE READ transaction, so the row counts in the manifest
/// are those of exactly the rows dumped, however busy the server is. The restore is one transaction: it lands whole
/// or not at all.
/// </summary>
internal static class PostgresBackup
{
    private static readonly byte[] Magic = "PGDMP"u8.ToArray();

    public static async Task<BackupManifest> CreateAsync(DatabaseOptions options, string? output, bool force, string? binDirectory, TimeProvider clock, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var pgDump = PostgresTools.Find("pg_dump", binDirectory);
        var target = BackupTarget.Prepare(output, force);
        var temp = BackupTarget.TempBeside(target, "tmp");
        try
        {
            await using var db = new NpgsqlConnection(options.ConnectionString);
            await db.OpenAsync(cancellationToken);
            await using var snapshot = await db.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
            var snapshotId = await Scalar(db, "SELECT pg_export_snapshot()", cancellationToken) as string
                ?? throw new InvalidOperationException("pg_export_snapshot() returned no snapshot.");
            var createdAt = clock.GetUtcNow();
            var counts = await CountRowsAsync(db, cancellationToken);
            var migrations = counts.ContainsKey(BackupSchema.HistoryTable) ? await MigrationsAsync(db, cancellationToken) : [];

            var (code, _, errors) = await PostgresTools.RunAsync(
                pgDump, ["--format=custom", $"--snapshot={snapshotId}", "--no-password", $"--file={temp}"], connection, cancellationToken);
            if (code != 0)
            {
                throw new BackupRefusedException($"pg_dump 失败（退出码 {code}）：{PostgresTools.Tail(errors)}", 1);
            }

            // The snapshot must stay exported until pg_dump has opened it; only now may the transaction end.
            await snapshot.CommitAsync(cancellationToken);
            var hash = await BackupManifest.HashFileAsync(temp, cancellationToken);
            var bytes = new FileInfo(temp).Length;
            File.Move(temp, target, overwrite: true);
            var manifest = new BackupManifest(BackupManifest.FormatName, nameof(DatabaseProvider.PostgreSql), Path.GetFileName(target), hash, bytes,
                createdAt, $"{connection.Host}:{connection.Port}/{connection.Database}", migrations.Count > 0 ? migrations[^1] : null, migrations, counts, BackupManifest.ToolVersion);
            await manifest.WriteAsync(target, cancellationToken);
            return manifest;
        }
        finally
        {
            BackupTarget.Discard(temp);
        }
    }

    public static async Task<(BackupManifest Manifest, int Pending)> RestoreAsync(DatabaseOptions options, string file, bool force, string? binDirectory, CancellationToken cancellationToken)
    {
        var backup = Path.GetFullPath(file);
        if (!File.Exists(backup))
        {
            throw new BackupRefusedException($"找不到备份文件“{backup}”。");
        }

        if (!await HasMagicAsync(backup, cancellationToken))
        {
            throw new BackupRefusedException($"“{backup}”不是 pg_dump 自定义格式（-Fc）的备份文件。");
        }

        var manifest = await BackupManifest.ReadAsync(backup, cancellationToken);
        if (manifest.Provider != nameof(DatabaseProvider.PostgreSql))
        {
            throw new BackupRefusedException($"这是 {manifest.Provider} 的备份，不能恢复到 PostgreSQL 数据库。");
        }

        await manifest.CheckHashAsync(backup, cancellationToken);
        var connection = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        var pgRestore = PostgresTools.Find("pg_restore", binDirectory);

        // The archive's own history table, not the manifest's copy of it: the schema check reads what will be restored.
        var (listed, history, listErrors) = await PostgresTools.RunAsync(
            pgRestore, ["--data-only", $"--table={BackupSchema.HistoryTable}", "--file=-", backup], connection, cancellationToken);
        if (listed != 0)
        {
            throw new BackupRefusedException($"备份文件已损坏，pg_restore 无法读取：{PostgresTools.Tail(listErrors)}");
        }

        var pending = BackupSchema.Check(DatabaseProvider.PostgreSql, MigrationIdsIn(history));

        await using (var db = new NpgsqlConnection(options.ConnectionString))
        {
            try
            {
                await db.OpenAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName)
            {
                throw new BackupRefusedException($"目标数据库“{connection.Database}”不存在：请先创建空库（createdb -O 用户 {connection.Database}）。");
            }

            var tables = Convert.ToInt64(await Scalar(db, "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", cancellationToken),
                System.Globalization.CultureInfo.InvariantCulture);
            if (tables > 0 && !force)
            {
                throw new BackupRefusedException($"目标数据库“{connection.Database}”已有 {tables} 张表，未覆盖。确认用备份替换请加 --force（建议先停止网站并备份现有数据库）。");
            }
        }

        // --no-owner/--no-acl: the restoring role owns what it restores, so a dump from another installation needs no same-named roles.
        var (code, _, errors) = await PostgresTools.RunAsync(pgRestore,
            ["--clean", "--if-exists", "--no-owner", "--no-acl", "--single-transaction", "--exit-on-error", "--no-password",
             $"--dbname={connection.Database}", backup], connection, cancellationToken);
        if (code != 0)
        {
            throw new BackupRefusedException($"pg_restore 失败（退出码 {code}，事务已回滚，目标数据库未改变）：{PostgresTools.Tail(errors)}", 1);
        }

        await using (var restored = new NpgsqlConnection(options.ConnectionString))
        {
            await restored.OpenAsync(cancellationToken);
            var counts = await CountRowsAsync(restored, cancellationToken);
            var differing = manifest.RowCounts.Where(c => !counts.TryGetValue(c.Key, out var n) || n != c.Value).Select(c => c.Key).ToList();
            if (differing.Count > 0)
            {
                throw new BackupRefusedException($"恢复后以下表的行数与备份清单不符：{string.Join("、", differing)}。", 1);
            }
        }

        return (manifest, pending);
    }

    /// <summary>Migration ids from the COPY block that <c>pg_restore --data-only --file=-</c> prints; null without one.</summary>
    internal static IReadOnlyList<string>? MigrationIdsIn(string script)
    {
        List<string>? ids = null;
        foreach (var line in script.Split('\n'))
        {
            if (ids is null)
            {
                if (line.StartsWith("COPY ", StringComparison.Ordinal) && line.Contains(BackupSchema.HistoryTable, StringComparison.Ordinal))
                {
                    ids = [];
                }

                continue;
            }

            if (line.TrimEnd('\r') == "\\.")
            {
                break;
            }

            ids.Add(line.Split('\t')[0]);
        }

        return ids;
    }

    private static async Task<object?> Scalar(NpgsqlConnection db, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, db);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task<SortedDictionary<string, long>> CountRowsAsync(NpgsqlConnection db, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name", db))
        await using (var reader = await list.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in tables)
        {
            counts[table] = await Scalar(db, $"SELECT count(*) FROM public.\"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", cancellationToken) as long?
                ?? throw new InvalidOperationException($"count(*) of {table} returned no number.");
        }

        return counts;
    }

    private static async Task<List<string>> MigrationsAsync(NpgsqlConnection db, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await using var command = new NpgsqlCommand($"SELECT \"MigrationId\" FROM public.\"{BackupSchema.HistoryTable}\" ORDER BY \"MigrationId\"", db);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    private static async Task<bool> HasMagicAsync(string path, CancellationToken cancellationToken)
    {
        var buffer = new byte[Magic.Length];
        await using var stream = File.OpenRead(path);
        var read = await stream.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        return read == Magic.Length && buffer.AsSpan().SequenceEqual(Magic);
    }
}
