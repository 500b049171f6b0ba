using System.ComponentModel;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Calendar;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Calendar;

/// <summary>
/// <c>ogi calendar import NOTICE.txt [--year YEAR] [database options]</c>: stores the notice in the platform database
/// (the year becomes official) and lists every stored deadline it moved.
/// </summary>
public sealed class CalendarImportCommand(IAnsiConsole console) : AsyncCommand<CalendarImportCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>The notice file.</summary>
        [CommandArgument(0, "<NOTICE>")]
        [Description("通知文件（.txt、.docx 或 .pdf）")]
        public string File { get; init; } = string.Empty;

        /// <summary>The year it must arrange.</summary>
        [CommandOption("--year <YEAR>")]
        [Description("应为哪一年的通知（可选，防止误导入其他年度的通知）")]
        public int? Year { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var (text, exit) = await CalendarOutput.ReadNoticeAsync(settings.File, cancellationToken);
        if (text is null)
        {
            return exit;
        }

        await using var services = settings.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var actor = "cli:" + Environment.UserName;
        var result = await scope.ServiceProvider.GetRequiredService<ImportHolidayNotice>().ImportAsync(text, settings.Year, actor, cancellationToken);
        if (!result.IsSuccess)
        {
            return CalendarOutput.Fail(result.Errors.Select(e => e.Message));
        }

        var report = result.Value;
        CalendarOutput.Raw(console, $"已导入 {report.Year} 年{(report.IsAmendment ? "调整" : string.Empty)}通知：{report.Rows} 条放假/上班安排，{report.Year} 年日历为正式。" + "\n");
        CalendarOutput.Raw(console, $"因此调整的期限：{report.Moved.Count} 项。" + "\n");
        foreach (var moved in report.Moved)
        {
            CalendarOutput.Raw(console, string.Create(CultureInfo.InvariantCulture,
                $"  信息 {moved.ItemId}（机关 {moved.AgencyId}）“{moved.Title}”：应公开日期 {moved.Before:yyyy-MM-dd} → {moved.After:yyyy-MM-dd}\n"));
        }

        return 0;
    }
}
