using OpenGovInfo.Platform.Jobs;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Publishing;

/// <summary>
/// 定时发布 on every web node: every <see cref="ScheduledReleaseOptions.Interval"/> it runs <see cref="ReleaseDueItems"/>
/// in a fresh scope. Every node runs the timer, but a run needs the job lease <see cref="JobName"/> (ADR 0022), so one
/// node releases at a time; the use case still claims each item, as a second guard. A failed run is logged as an
/// error and the next run tries again: a database outage must not stop the host.
/// </summary>
public sealed partial class ScheduledReleaseService(
    IServiceScopeFactory scopes, ScheduledReleaseOptions options, TimeProvider clock, ILogger<ScheduledReleaseService> logger)
    : BackgroundService
{
    /// <summary>The job lease's name.</summary>
    public const string JobName = "scheduled-release";

    /// <summary>Runs once now (an empty report when another node holds the lease); never throws except on cancellation. Public for the tests.</summary>
    public async Task<ReleaseReport?> RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var node = scope.ServiceProvider.GetRequiredService<JobNode>();
            if (!await scope.ServiceProvider.GetRequiredService<JobLeases>().TryAcquireAsync(JobName, node.Owner, options.Interval, cancellationToken))
            {
                return new ReleaseReport([], 0, []);
            }

            var report = await scope.ServiceProvider.GetRequiredService<ReleaseDueItems>().RunAsync(cancellationToken);
            Log(report);
            return report;
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
        using var timer = new PeriodicTimer(options.Interval, clock);
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

    private void Log(ReleaseReport report)
    {
        if (report.Released.Count > 0)
        {
            LogReleased(logger, report.Released.Count, report.Released);
        }

        foreach (var refusal in report.Refused)
        {
            LogRefused(logger, refusal.ItemId, refusal.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "定时发布：已发布 {Count} 条信息（{ItemIds}）")]
    private static partial void LogReleased(ILogger logger, int count, IReadOnlyList<int> itemIds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "定时发布：信息 {ItemId} 未能发布：{Reason}")]
    private static partial void LogRefused(ILogger logger, int itemId, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "定时发布运行失败，将在下一周期重试")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
