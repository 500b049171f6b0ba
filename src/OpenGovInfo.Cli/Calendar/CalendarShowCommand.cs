using System.ComponentModel;
using System.Globalization;
using OpenGovInfo.Domain.Calendar;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Calendar;

/// <summary><c>ogi calendar show YEAR</c>: the year's status, its notice, and its holidays and make-up workdays.</summary>
public sealed class CalendarShowCommand(IAnsiConsole console) : AsyncCommand<CalendarShowCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : CalendarSettings
    {
        /// <summary>The year.</summary>
        [CommandArgument(0, "<YEAR>")]
        [Description("年份")]
        public int Year { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var calendar = await settings.CalendarAsync(cancellationToken);
        if (calendar.Year(settings.Year) is not { } year)
        {
            return CalendarOutput.Fail($"日历不含 {settings.Year} 年（范围 {calendar.CoveredRange}）。");
        }

        var lines = new List<string> { $"{year.Year} 年：{year.StatusName}" + Source(year) };
        lines.AddRange(year.Entries.Select(e => string.Create(CultureInfo.InvariantCulture,
            $"{e.Date:yyyy-MM-dd} {DeadlineExplanation.Weekday(e.Date)} {(e.Kind == CalendarEntryKind.Holiday ? "放假" : "上班")} {e.Name}")));
        CalendarOutput.Raw(console, string.Join('\n', lines) + "\n");
        return 0;
    }

    private static string Source(CalendarYear year) => year.Notice is { } n
        ? $"（{n.Title}{(n.DocumentNumber is null ? string.Empty : "，" + n.DocumentNumber)}{(n.IssuedOn is { } d ? "，" + d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}"
          + string.Concat(year.Amendments.Select(a => $"；调整：{a.Title}")) + "）"
        : year.Status == CalendarYearStatus.Provisional ? "（依《全国年节及纪念日放假办法》和放假调休原则推算，以国务院办公厅通知为准）" : string.Empty;
}
