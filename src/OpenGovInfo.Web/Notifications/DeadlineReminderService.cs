using System.Globalization;
using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Web.Notifications;

/// <summary>
/// Runs <see cref="SendDeadlineReminders"/> every <c>Notifications:ReminderInterval</c> (default ten minutes) on every
/// node; the job lease inside lets one node send. A failed run is logged and retried at the next tick.
/// </summary>
public sealed partial class DeadlineReminderService(IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider clock,
    ILogger<DeadlineReminderService> logger) : BackgroundService
{
    /// <summary>The configuration key of the interval.</summary>
    public const string IntervalKey = "Notifications:ReminderInterval";

    private readonly TimeSpan _interval = ReadInterval(configuration);

    /// <summary>Runs once now; the reminders stored, or null (lease elsewhere or failure). Public for the tests.</summary>
    public async Task<int?> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<SendDeadlineReminders>().RunAsync(_interval, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(logger, e);
            return null;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(_interval, clock);
        try
        {
            do
            {
                await RunOnceAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private static TimeSpan ReadInterval(IConfiguration configuration) =>
        TimeSpan.TryParse(configuration[IntervalKey], CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero
            ? interval
            : TimeSpan.FromMinutes(10);

    [LoggerMessage(Level = LogLevel.Error, Message = "期限提醒运行失败，将在下一周期重试")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
