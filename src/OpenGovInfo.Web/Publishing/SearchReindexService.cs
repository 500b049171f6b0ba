using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Publishing;

/// <summary>
/// Once after start-up, in the background: re-indexes public items that an earlier version indexed without the
/// two-character grams (<see cref="SearchReindexer"/>). Start-up does not wait for it (segmenting 100,000 items takes
/// minutes of CPU); several nodes may run it at once (each update only applies to a row still in the old format).
/// A failure is logged and never stops the host; the next start tries again.
/// </summary>
public sealed partial class SearchReindexService(IServiceScopeFactory scopes, ILogger<SearchReindexService> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting first: ExecuteAsync runs synchronously up to its first await.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var updated = await scope.ServiceProvider.GetRequiredService<SearchReindexer>().RunAsync(stoppingToken);
            if (updated > 0)
            {
                LogReindexed(logger, updated);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping; the next start continues where this one stopped.
        }
        catch (Exception e)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "搜索索引已更新：{Count} 条信息补充了双字索引")]
    private static partial void LogReindexed(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "搜索索引更新失败，下次启动时重试")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
