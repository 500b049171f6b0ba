using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Cli.Backup;

/// <summary>The database of a backup or restore, with configuration mistakes as Chinese refusals.</summary>
internal static class BackupDatabase
{
    public static DatabaseOptions Resolve(DatabaseSettings settings)
    {
        try
        {
            return settings.ResolveOptions();
        }
        catch (InvalidOperationException)
        {
            throw new BackupRefusedException(
                $"数据库配置有误：--provider（或 Database__Provider）应为 Sqlite 或 PostgreSql，PostgreSql 还须提供 --connection（或 ConnectionStrings__OpenGovInfo）。");
        }
    }
}
