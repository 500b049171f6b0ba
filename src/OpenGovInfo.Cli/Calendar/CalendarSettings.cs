using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Calendar;
using OpenGovInfo.Platform.Data;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Calendar;

/// <summary>
/// Which calendar a command reads: the one shipped in the program (2019–2026 official, provisional after), or with
/// <c>--database</c> (or any database option) the installation's, with the notices its administrators imported.
/// </summary>
public class CalendarSettings : DatabaseSettings
{
    /// <summary>Read the platform database's calendar.</summary>
    [CommandOption("--database")]
    [Description("使用平台数据库中的日历（含已导入的通知）；默认使用程序内置日历（use the platform database's calendar）")]
    public bool UseDatabase { get; init; }

    /// <summary>The calendar to use.</summary>
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken cancellationToken)
    {
        if (!UseDatabase && Provider is null && Connection is null)
        {
            return WorkingDayCalendar.China;
        }

        await using var services = BuildServices();
        await using var scope = services.CreateAsyncScope();
        return await CalendarStore.LoadAsync(scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>(), cancellationToken);
    }
}
