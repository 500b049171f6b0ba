using Microsoft.Data.Sqlite;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Cli.Backup;

/// <summary>What <c>ogi restore</c> must refuse, in Chinese on stderr with a non-zero code and without a stack trace, leaving the target alone.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class RestoreRefusalTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_backup_with_flipped_bytes_is_refused_by_its_hash()
    {
        var (folder, backup) = await SqliteBackupAsync();
        var bytes = await File.ReadAllBytesAsync(backup);
        bytes[bytes.Length / 2] ^= 0xFF;
        await File.WriteAllBytesAsync(backup, bytes);
        var target = TestDatabase.Sqlite();

        var (code, errors) = Restore(backup, target);

        Assert.Equal(2, code);
        Assert.Contains("SHA-256 与清单不符", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target.FilePath));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(target.FilePath)!, $".{Path.GetFileName(target.FilePath)}*"));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_corrupt_backup_with_a_matching_manifest_fails_the_integrity_check()
    {
        var (folder, backup) = await SqliteBackupAsync();
        var bytes = await File.ReadAllBytesAsync(backup);
        // Garbage over the pages after the first (the header stays valid, the b-trees do not).
        for (var i = 4096; i < Math.Min(bytes.Length, 4096 * 8); i++)
        {
            bytes[i] = (byte)(i * 31);
        }

        await File.WriteAllBytesAsync(backup, bytes);
        BackupFiles.RehashManifest(backup);
        var target = TestDatabase.Sqlite();

        var (code, errors) = Restore(backup, target);

        Assert.NotEqual(0, code);
        Assert.Matches("完整性检查|已损坏", errors);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target.FilePath));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_file_that_is_not_a_database_or_not_the_platforms_is_refused()
    {
        var folder = BackupFiles.NewFolder();
        var text = Path.Combine(folder, "notes.db");
        await File.WriteAllTextAsync(text, "这不是数据库");
        var target = TestDatabase.Sqlite();
        var (code, errors) = Restore(text, target);
        Assert.Equal(2, code);
        Assert.Contains("不是 SQLite 数据库文件", errors, StringComparison.Ordinal);

        // A real SQLite database, backed up by ogi, but of some other application: no migration history.
        var other = Path.Combine(folder, "other.db");
        await using (var connection = new SqliteConnection($"Data Source={other};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE notes(id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes(body) VALUES ('x');";
            await create.ExecuteNonQueryAsync();
        }

        var otherBackup = Path.Combine(folder, "other-backup.db");
        Assert.Equal(0, CliRunner.RunWithErrors("backup", "--provider", "Sqlite", "--connection", $"Data Source={other}", "-o", otherBackup).Code);
        (code, errors) = Restore(otherBackup, target);
        Assert.Equal(2, code);
        Assert.Contains("不是 OpenGovInfo 平台数据库的备份", errors, StringComparison.Ordinal);

        // A backup without its manifest counts as unfinished.
        File.Delete(BackupFiles.ManifestOf(otherBackup));
        (code, errors) = Restore(otherBackup, target);
        Assert.Equal(2, code);
        Assert.Contains("找不到备份清单", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target.FilePath));
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_from_a_newer_schema_is_refused()
    {
        var (folder, backup) = await SqliteBackupAsync();
        await using (var connection = new SqliteConnection($"Data Source={backup};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var future = connection.CreateCommand();
            future.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('29991231000000_FromTheFuture', '99.0.0')";
            await future.ExecuteNonQueryAsync();
        }

        BackupFiles.RehashManifest(backup);
        var target = TestDatabase.Sqlite();

        var (code, errors) = Restore(backup, target);

        Assert.Equal(2, code);
        Assert.Contains("比本程序新", errors, StringComparison.Ordinal);
        Assert.Contains("29991231000000_FromTheFuture", errors, StringComparison.Ordinal);
        Assert.False(File.Exists(target.FilePath));
        Directory.Delete(folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_existing_database_with_data_is_replaced_only_with_force(string provider)
    {
        var folder = BackupFiles.NewFolder();
        var backup = Path.Combine(folder, "ogi.bak");
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        await host.RunAsync<StaffRoleSetup>(s => s.EnsureRolesAsync());
        var (made, _, madeErrors) = CliRunner.RunWithErrors(
            "backup", "--provider", provider, "--connection", host.Database.ConnectionString, "-o", backup, "--pg-bin", postgres.BinariesDirectory);
        Assert.True(made == 0, madeErrors);

        // A second backup to the same file is refused too, unless forced.
        var (again, _, againErrors) = CliRunner.RunWithErrors(
            "backup", "--provider", provider, "--connection", host.Database.ConnectionString, "-o", backup, "--pg-bin", postgres.BinariesDirectory);
        Assert.Equal(2, again);
        Assert.Contains("已存在", againErrors, StringComparison.Ordinal);

        var occupied = await TestDatabase.CreateAsync(provider, postgres);
        await using (var other = await PlatformHost.OnExistingAsync(occupied))
        {
            await other.RunAsync<OpenGovInfo.Platform.Data.DatabaseMigrator>(m => m.MigrateAsync());
        }

        var args = new[] { "restore", backup, "--provider", provider, "--connection", occupied.ConnectionString, "--pg-bin", postgres.BinariesDirectory };
        var (refused, _, errors) = CliRunner.RunWithErrors(args);
        Assert.Equal(2, refused);
        Assert.Contains("已有", errors, StringComparison.Ordinal);
        Assert.Contains("--force", errors, StringComparison.Ordinal);

        var (forced, output, forcedErrors) = CliRunner.RunWithErrors([.. args, "--force"]);
        Assert.True(forced == 0, forcedErrors);
        Assert.Contains("已恢复", output, StringComparison.Ordinal);
        occupied.DeleteFiles();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_backup_of_one_provider_is_not_restored_into_the_other()
    {
        var (folder, backup) = await SqliteBackupAsync();
        var target = await TestDatabase.CreateAsync("PostgreSql", postgres);

        var (code, _, errors) = CliRunner.RunWithErrors(
            "restore", backup, "--provider", "PostgreSql", "--connection", target.ConnectionString, "--pg-bin", postgres.BinariesDirectory);

        Assert.Equal(2, code);
        Assert.Contains("不是 pg_dump 自定义格式", errors, StringComparison.Ordinal);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_truncated_pg_dump_with_a_matching_manifest_is_refused_and_the_target_untouched()
    {
        var folder = BackupFiles.NewFolder();
        var backup = Path.Combine(folder, "ogi.dump");
        await using var host = await PlatformHost.StartAsync("PostgreSql", postgres);
        var (made, _, madeErrors) = CliRunner.RunWithErrors(
            "backup", "--provider", "PostgreSql", "--connection", host.Database.ConnectionString, "-o", backup, "--pg-bin", postgres.BinariesDirectory);
        Assert.True(made == 0, madeErrors);
        var bytes = await File.ReadAllBytesAsync(backup);
        await File.WriteAllBytesAsync(backup, bytes[..(bytes.Length / 3)]);
        BackupFiles.RehashManifest(backup);
        var target = await TestDatabase.CreateAsync("PostgreSql", postgres);

        var (code, _, errors) = CliRunner.RunWithErrors(
            "restore", backup, "--provider", "PostgreSql", "--connection", target.ConnectionString, "--pg-bin", postgres.BinariesDirectory);

        Assert.NotEqual(0, code);
        Assert.StartsWith("错误：", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", errors, StringComparison.Ordinal);
        await using var check = new Npgsql.NpgsqlConnection(target.ConnectionString);
        await check.OpenAsync();
        await using var tables = new Npgsql.NpgsqlCommand("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", check);
        Assert.Equal(0L, (long)(await tables.ExecuteScalarAsync())!);
        Directory.Delete(folder, recursive: true);
    }

    private async Task<(string Folder, string Backup)> SqliteBackupAsync()
    {
        var folder = BackupFiles.NewFolder();
        var backup = Path.Combine(folder, "ogi.db");
        await using var host = await PlatformHost.StartAsync("Sqlite", postgres);
        var (code, output, errors) = CliRunner.RunWithErrors("backup", "--provider", "Sqlite", "--connection", host.Database.ConnectionString, "-o", backup);
        Assert.True(code == 0, output + errors);
        return (folder, backup);
    }

    private static (int Code, string Errors) Restore(string backup, TestDatabase target)
    {
        var (code, _, errors) = CliRunner.RunWithErrors("restore", backup, "--provider", target.Provider, "--connection", target.ConnectionString);
        Assert.StartsWith("错误：", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", errors, StringComparison.Ordinal);
        return (code, errors);
    }
}
