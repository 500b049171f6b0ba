using System.ComponentModel;
using System.Globalization;
using OpenGovInfo.Domain.Calendar;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Calendar;

/// <summary>
/// <c>ogi calendar due --from YYYY-MM-DD --working-days N [--explain]</c>: the due date alone on stdout; a Chinese
/// warning containing 暂定 on stderr when the count rests on a provisional year.
/// </summary>
public sealed class CalendarDueCommand(IAnsiConsole console) : AsyncCommand<CalendarDueCommand.Settings>
{
    /// <summary>Arguments.</summary>
    public sealed class Settings : CalendarSettings
    {
        /// <summary>The start day (not counted).</summary>
        [CommandOption("--from <DATE>")]
        [Description("起算日 YYYY-MM-DD（当日不计入）")]
        public string? From { get; init; }

        /// <summary>The period.</summary>
        [CommandOption("--working-days <N>")]
        [Description("工作日数")]
        public int? WorkingDays { get; init; }

        /// <summary>Print the count day by day.</summary>
        [CommandOption("--explain")]
        [Description("逐日列出计算过程（why this date）")]
        public bool Explain { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(settings.From, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from))
        {
            return CalendarOutput.Fail($"--from 应为 YYYY-MM-DD 格式的日期，实际为“{settings.From}”。");
        }

        if (settings.WorkingDays is not (>= 0 and <= 1000) || settings.WorkingDays is null)
        {
            return CalendarOutput.Fail("--working-days 应为 0 至 1000 之间的整数。");
        }

        var calendar = await settings.CalendarAsync(cancellationToken);
        var result = new StatutoryClock(calendar).Set(from, settings.WorkingDays.Value, "ogi calendar due");
        if (!result.IsSuccess)
        {
            return CalendarOutput.Fail(result.Error.Message);
        }

        var deadline = result.Deadline;

        CalendarOutput.Raw(console, deadline.Due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "\n");
        if (settings.Explain && calendar.Explain(from, settings.WorkingDays.Value) is { } explanation)
        {
            // Set succeeded above, so the calendar covers the period and the explanation is there.
            CalendarOutput.Raw(console, explanation.ToText());
        }

        if (deadline.Provisional)
        {
            var years = string.Join("、", Enumerable.Range(from.Year, deadline.Due.Year - from.Year + 1)
                .Where(y => calendar.Year(y)?.Status == CalendarYearStatus.Provisional));
            await Console.Error.WriteLineAsync($"警告：计算跨越了暂定年度（{years}年尚未导入国务院办公厅节假日安排通知），该日期为暂定，以国务院办公厅通知为准。");
        }

        return 0;
    }
}
