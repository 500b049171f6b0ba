using System.ComponentModel;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// <c>ogi restore FILE [--provider P] [--connection CS] [--force] [--pg-bin DIR]</c>: checks a backup made by
/// <c>ogi backup</c> (format, integrity, manifest hash, schema not newer than this build) and puts it in place of the
/// configured database atomically; an existing database with data is replaced only with <c>--force</c>.
/// </summary>
public sealed class RestoreCommand(IAnsiConsole console) : AsyncCommand<RestoreCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>The backup file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("ogi backup 写出的备份文件（清单 FILE.manifest.json 须在同一目录）")]
        public string File { get; init; } = string.Empty;

        /// <summary>Replace a database that holds data.</summary>
        [CommandOption("--force")]
        [Description("目标数据库已有数据时仍用备份替换")]
        public bool Force { get; init; }

        /// <summary>Where pg_restore is.</summary>
        [CommandOption("--pg-bin <DIR>")]
        [Description("pg_restore 所在目录（默认在 PATH 和 /usr/lib/postgresql/*/bin 中查找）")]
        public string? PgBin { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        BackupOutput.RunAsync(async () =>
        {
            var options = BackupDatabase.Resolve(settings);
            var (manifest, pending) = options.Provider == DatabaseProvider.Sqlite
                ? await SqliteBackup.RestoreAsync(options, settings.File, settings.Force, cancellationToken)
                : await PostgresBackup.RestoreAsync(options, settings.File, settings.Force, settings.PgBin, cancellationToken);
            console.MarkupLine($"已恢复（{manifest.Provider}）：备份时间 {Domain.Calendar.ChinaTime.InChina(manifest.CreatedAt):yyyy-MM-dd HH:mm:ss}（北京时间），迁移版本 {Markup.Escape(manifest.LastMigration ?? "（无）")}");
            console.MarkupLine($"  完整性检查通过，SHA-256 与清单一致；{manifest.RowCounts.Count} 张表，共 {manifest.RowCounts.Values.Sum():N0} 行");
            if (pending > 0)
            {
                console.MarkupLine($"  备份比本程序旧 {pending} 个迁移：网站启动时或运行 ogi db migrate 会自动升级。");
            }

            return 0;
        });
}
