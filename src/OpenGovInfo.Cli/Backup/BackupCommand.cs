using System.ComponentModel;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// <c>ogi backup -o FILE [--provider P] [--connection CS] [--pg-bin DIR] [--force]</c>: a consistent copy of the live
/// platform database and its manifest <c>FILE.manifest.json</c>; the database is configured as for <c>ogi db migrate</c>.
/// </summary>
public sealed class BackupCommand(IAnsiConsole console, TimeProvider clock) : AsyncCommand<BackupCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>The backup file.</summary>
        [CommandOption("-o|--output <FILE>")]
        [Description("备份文件路径；旁边另写 FILE.manifest.json 清单（SHA-256、迁移版本、各表行数）")]
        public string? Output { get; init; }

        /// <summary>Replace an existing backup file.</summary>
        [CommandOption("--force")]
        [Description("备份文件已存在时覆盖")]
        public bool Force { get; init; }

        /// <summary>Where pg_dump is.</summary>
        [CommandOption("--pg-bin <DIR>")]
        [Description("pg_dump 所在目录（默认在 PATH 和 /usr/lib/postgresql/*/bin 中查找）")]
        public string? PgBin { get; init; }
    }

    /// <inheritdoc />
    public override Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        BackupOutput.RunAsync(async () =>
        {
            var options = BackupDatabase.Resolve(settings);
            var manifest = options.Provider == DatabaseProvider.Sqlite
                ? await SqliteBackup.CreateAsync(options, settings.Output, settings.Force, clock, cancellationToken)
                : await PostgresBackup.CreateAsync(options, settings.Output, settings.Force, settings.PgBin, clock, cancellationToken);
            // !: CreateAsync refused a missing -o (BackupTarget.Prepare) before writing anything.
            var path = Path.GetFullPath(settings.Output!);
            console.MarkupLine($"已备份（{manifest.Provider}）：{Markup.Escape(path)}（{manifest.Bytes:N0} 字节）");
            console.MarkupLine($"  SHA-256 {manifest.Sha256}");
            console.MarkupLine($"  迁移版本 {Markup.Escape(manifest.LastMigration ?? "（无）")}；{manifest.RowCounts.Count} 张表，共 {manifest.RowCounts.Values.Sum():N0} 行");
            console.MarkupLine($"  清单 {Markup.Escape(BackupManifest.PathFor(path))}");
            return 0;
        });
}
