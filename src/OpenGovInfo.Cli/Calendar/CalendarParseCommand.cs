using System.ComponentModel;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Calendar;

/// <summary>
/// <c>ogi calendar parse NOTICE.txt</c>: the notice's rows as CSV in the format of cn-workday-calendar.csv (an
/// amendment: the rows of the festivals it changes, applied to the shipped calendar); exit 2 with a Chinese message
/// naming the line when the text is not a notice or breaks a check.
/// </summary>
public sealed class CalendarParseCommand(IAnsiConsole console) : AsyncCommand<CalendarParseCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : CalendarSettings
    {
        /// <summary>The notice file.</summary>
        [CommandArgument(0, "<NOTICE>")]
        [Description("通知文件（.txt、.docx 或 .pdf）")]
        public string File { get; init; } = string.Empty;

        /// <summary>The year it must arrange.</summary>
        [CommandOption("--year <YEAR>")]
        [Description("应为哪一年的通知（可选）")]
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

        var parsed = HolidayNoticeParser.Parse(text, settings.Year);
        if (!parsed.IsSuccess)
        {
            return CalendarOutput.Fail(parsed.Errors.Select(e => e.ToString()));
        }

        var rows = await RowsAsync(parsed.Notice, settings, cancellationToken);
        if (!rows.IsSuccess)
        {
            return CalendarOutput.Fail(rows.Error ?? "无法应用通知。");
        }

        CalendarOutput.Raw(console, CalendarCsv.Write(rows.Entries));
        foreach (var warning in parsed.Notice.Warnings)
        {
            await Console.Error.WriteLineAsync("提示：" + warning);
        }

        return 0;
    }

    private static async Task<NoticeApplication> RowsAsync(HolidayNotice notice, Settings settings, CancellationToken cancellationToken)
    {
        if (!notice.IsAmendment)
        {
            return NoticeApplier.Apply(notice, []);
        }

        var calendar = await settings.CalendarAsync(cancellationToken);
        var existing = calendar.Year(notice.Year) is { Status: CalendarYearStatus.Official } year ? year.Entries : [];
        var applied = NoticeApplier.Apply(notice, existing);
        var named = notice.Arrangements.SelectMany(a => a.Festivals).Select(Domain.Calendar.Holidays.FestivalNames.Of).ToHashSet();
        return applied.IsSuccess
            ? applied with { Entries = [.. applied.Entries.Where(e => e.Name.Split('、').Any(named.Contains))] }
            : applied;
    }
}
