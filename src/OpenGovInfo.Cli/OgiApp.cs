using OpenGovInfo.Cli.Audit;
using OpenGovInfo.Cli.AuditLog;
using OpenGovInfo.Cli.Backup;
using OpenGovInfo.Cli.Calendar;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Cli.PersonalData;
using OpenGovInfo.Cli.Reports;
using OpenGovInfo.Cli.Setup;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli;

/// <summary>The <c>ogi</c> command tree. Each feature adds its branch here in one line.</summary>
public static class OgiApp
{
    /// <summary>
    /// Runs the command line and returns the exit code (0 ok, 1 findings/failures, 2 bad input or usage). Commands
    /// that date what they write take <paramref name="clock"/> (the system clock unless a test passes its own).
    /// </summary>
    public static int Run(string[] args, IAnsiConsole? console = null, TimeProvider? clock = null)
    {
        var app = new CommandApp();
        app.Configure(config =>
        {
#pragma warning disable RS0030 // The command line's composition root: the one place it names the system clock.
            config.Settings.Registrar.RegisterInstance<TimeProvider>(clock ?? TimeProvider.System);
#pragma warning restore RS0030
            config.SetApplicationName("ogi");
            config.SetApplicationVersion("0.1.0");
            if (console is not null)
            {
                config.ConfigureConsole(console);
            }
            else if (Console.IsOutputRedirected)
            {
                // Output for scripts and files: no wrapping at an imagined 80-column terminal.
                AnsiConsole.Profile.Width = 4096;
            }

            config.Settings.StrictParsing = true;
            config.SetExceptionHandler((ex, _) => CliErrors.Handle(ex, console ?? AnsiConsole.Console));
            config.AddBranch("report", report =>
            {
                report.SetDescription("年度报告：编制、检查勾稽关系、渲染为 HTML/DOCX/PDF/Markdown（Compile, check and render annual reports）");
                report.AddCommand<CheckCommand>("check")
                    .WithDescription("检查报告 JSON 的勾稽关系（Check the consistency rules of a canonical report JSON）")
                    .WithExample("report", "check", "samples/pingqiao-2023.json")
                    .WithExample("report", "check", "2024.json", "--previous", "2023.json", "--json");
                report.AddCommand<RenderCommand>("render")
                    .WithDescription("将报告 JSON 渲染为文档（Render a canonical report JSON as a document）")
                    .WithExample("report", "render", "samples/pingqiao-2023.json", "--format", "pdf", "-o", "report.pdf");
                report.AddCommand<CompileCommand>("compile")
                    .WithDescription("从平台数据编制机关年度报告，输出规范 JSON（Compile an agency's report from the platform database to canonical JSON）")
                    .WithExample("report", "compile", "--agency", "3", "--year", "2025", "-o", "2025.json")
                    .WithExample("report", "compile", "--agency", "3", "--year", "2025", "--provider", "PostgreSql", "--connection", "Host=db;Database=ogi;Username=ogi");
            });
            config.AddCommand<AuditCommand>("audit")
                .WithDescription("读取并审计已发布的年度报告（Read and audit published annual reports: PDF, DOCX, HTML, Markdown, text）")
                .WithExample("audit", "reports/", "--json", "audit.json", "--csv", "audit.csv", "--xlsx", "audit.xlsx")
                .WithExample("audit", "2024/", "--previous", "2023/", "--units", "units.txt", "--aggregate", "平桥区人民政府", "--html", "audit-html", "--verdicts", "verdicts.json")
                .WithExample("audit", "--fetch", "https://www.pingqiao.gov.cn/zwgk/202401/t20240125_1.html", "--history", "versions.json");
            config.AddCommand<VerdictCommand>("verdict")
                .WithDescription("记录对审计问题的人工判定（Accept or dismiss an audit finding; kept across re-reads）")
                .WithExample("verdict", "verdicts.json", "0123456789abcdef", "--dismiss", "--reason", "标题简称经核实为本机关通用简称");
            config.AddBranch("calendar", calendar =>
            {
                calendar.SetDescription("工作日历：国务院办公厅节假日安排、期限计算（Working-day calendar: holiday notices, due dates）");
                calendar.AddCommand<CalendarDueCommand>("due")
                    .WithDescription("计算期限届满日（Due date N working days after a date; 暂定 warning on stderr）")
                    .WithExample("calendar", "due", "--from", "2026-12-20", "--working-days", "20", "--explain");
                calendar.AddCommand<CalendarParseCommand>("parse")
                    .WithDescription("解析节假日安排通知，输出 CSV（Parse a State Council holiday notice to date,kind,name CSV）")
                    .WithExample("calendar", "parse", "2027.txt");
                calendar.AddCommand<CalendarImportCommand>("import")
                    .WithDescription("将通知导入平台数据库（Import a notice into the platform database; lists moved deadlines）")
                    .WithExample("calendar", "import", "2027.txt", "--year", "2027");
                calendar.AddCommand<CalendarShowCommand>("show")
                    .WithDescription("显示某年的放假和调休安排（Show a year's holidays and make-up workdays, official or provisional）")
                    .WithExample("calendar", "show", "2027");
            });
            config.AddBranch("db", db =>
            {
                db.SetDescription("平台数据库（Platform database: SQLite or PostgreSQL）");
                db.AddCommand<DbMigrateCommand>("migrate")
                    .WithDescription("应用全部待执行的迁移（Apply pending migrations; same configuration as the web host）")
                    .WithExample("db", "migrate", "--provider", "PostgreSql", "--connection", "Host=db;Database=ogi;Username=ogi");
            });
            config.AddBranch("audit-log", auditLog =>
            {
                auditLog.SetDescription("平台审计日志（The platform's hash-chained audit trail）");
                auditLog.AddCommand<AuditLogVerifyCommand>("verify")
                    .WithDescription("校验审计日志哈希链，发现修改、删除或插入的记录（Verify the chain; exit 1 at the first broken record）")
                    .WithExample("audit-log", "verify", "--provider", "PostgreSql", "--connection", "Host=db;Database=ogi;Username=ogi");
            });
            config.AddBranch("personal-data", personalData =>
            {
                personalData.SetDescription("申请人个人信息的加密存储（Applicants' personal data sealed at rest）");
                personalData.AddCommand<PersonalDataRekeyCommand>("rekey")
                    .WithDescription("用当前密钥重新加密全部个人信息，之后可删除旧密钥（Re-seal every record with PersonalData:CurrentKey）")
                    .WithExample("personal-data", "rekey", "--provider", "PostgreSql", "--connection", "Host=db;Database=ogi;Username=ogi");
            });
            config.AddCommand<BackupCommand>("backup")
                .WithDescription("在线备份平台数据库，附 SHA-256 清单（Online, consistent backup: SQLite VACUUM INTO or pg_dump -Fc）")
                .WithExample("backup", "-o", "backups/ogi-20260331.db")
                .WithExample("backup", "--provider", "PostgreSql", "--connection", "Host=db;Database=ogi;Username=ogi", "-o", "ogi-20260331.dump");
            config.AddCommand<RestoreCommand>("restore")
                .WithDescription("校验并恢复备份（Check a backup and restore it atomically; --force to replace a database with data）")
                .WithExample("restore", "backups/ogi-20260331.db", "--connection", "Data Source=./data/opengovinfo.db", "--force");
            config.AddBranch("agency", agency =>
            {
                agency.SetDescription("机关（Agencies of the installation）");
                agency.AddCommand<AgencyAddCommand>("add")
                    .WithDescription("添加机关（Add an agency: the district government, a department or a township）")
                    .WithExample("agency", "add", "--name", "平桥区人民政府", "--credit-code", "11411503005056010E", "--kind", "DistrictGovernment");
            });
            config.AddBranch("staff", staff =>
            {
                staff.SetDescription("工作人员账号（Staff accounts）");
                staff.AddCommand<StaffAddCommand>("add")
                    .WithDescription("创建工作人员账号（Create a staff account, e.g. the first system administrator）")
                    .WithExample("staff", "add", "--user", "admin", "--name", "张敏", "--agency", "1", "--role", "SystemAdmin", "--password-file", "-");
            });
        });
        return app.Run(args);
    }
}
