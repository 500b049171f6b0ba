using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// Compares a backup's migration history with this build's migrations: a backup taken by a newer release has tables
/// and columns this build does not know, and restoring it would let an older web node write rows that a later
/// migration no longer expects — so it is refused; an older backup is fine, the platform migrates it on start.
/// </summary>
internal static class BackupSchema
{
    /// <summary>EF Core's history table (the platform keeps the default name).</summary>
    public const string HistoryTable = "__EFMigrationsHistory";

    /// <summary>The migration ids this build ships for <paramref name="provider"/>, oldest first.</summary>
    public static IReadOnlyList<string> BuildMigrations(DatabaseProvider provider)
    {
        // No connection is opened: the migrations are read from the provider's migrations assembly.
        var connection = provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost";
        var builder = new DbContextOptionsBuilder<OpenGovInfoDbContext>();
        PlatformDatabase.Configure(builder, new DatabaseOptions(provider, connection));
        using var db = new OpenGovInfoDbContext(builder.Options);
        return [.. db.Database.GetMigrations()];
    }

    /// <summary>Refuses a backup without a history or with migrations unknown to this build; returns how many are pending.</summary>
    public static int Check(DatabaseProvider provider, IReadOnlyList<string>? backupMigrations)
    {
        if (backupMigrations is null || backupMigrations.Count == 0)
        {
            throw new BackupRefusedException($"备份中没有迁移记录表 {HistoryTable}（或表为空）：这不是 OpenGovInfo 平台数据库的备份。");
        }

        var known = BuildMigrations(provider);
        var unknown = backupMigrations.Where(m => !known.Contains(m, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new BackupRefusedException(
                $"备份的数据库结构比本程序新：迁移 {string.Join("、", unknown)} 不在本版本中。请先升级 ogi 和平台，再恢复此备份。");
        }

        return known.Count - backupMigrations.Count;
    }
}
