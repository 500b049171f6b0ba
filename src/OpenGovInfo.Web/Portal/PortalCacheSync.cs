using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// Keeps this node's portal cache true to the shared database. Local changes evict at once through
/// <see cref="PublicContentSignal"/>; changes made on another node are noticed by polling
/// <see cref="ReadPublicContentStamp"/> (two index reads) and evict within one interval. A failed poll is logged and
/// retried; it never stops the host.
/// </summary>
public sealed partial class PortalCacheSync(
    IServiceScopeFactory scopes, IOutputCacheStore store, PublicContentSignal signal, PortalCacheOptions options,
    TimeProvider clock, ILogger<PortalCacheSync> logger) : BackgroundService
{
    /// <inheritdoc />
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        signal.Subscribe(ct => store.EvictByTagAsync(PortalCache.Tag, ct).AsTask());
        return base.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        PublicContentStamp? last = null;
        using var timer = new PeriodicTimer(options.SyncInterval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var stamp = await scope.ServiceProvider.GetRequiredService<ReadPublicContentStamp>().RunAsync(stoppingToken);
                if (last is not null && stamp != last)
                {
                    LogRemoteChange(logger, stamp.LastItemEvent);
                    // Raise, not just evict: the list totals cache drops its entries too.
                    await signal.RaiseAsync(stoppingToken);
                }

                last = stamp;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Public content changed on another node (last item event {EventId}); portal cache cleared.")]
    private static partial void LogRemoteChange(ILogger logger, long eventId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the public content stamp; portal cache sync retries at the next interval.")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
