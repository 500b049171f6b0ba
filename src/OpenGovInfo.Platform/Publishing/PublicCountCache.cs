using System.Collections.Concurrent;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Totals of public item lists, kept for a few seconds: counting an agency's 100,000 items costs more than rendering
/// the page. A <see cref="PublicContentSignal"/> (publishing or withdrawing on this node, or a change seen on another)
/// clears it; entries also expire after <see cref="Lifetime"/>.
/// </summary>
public sealed class PublicCountCache
{
    private readonly TimeProvider clock;

    /// <summary>Creates the cache and subscribes it to <paramref name="signal"/>.</summary>
    public PublicCountCache(TimeProvider clock, PublicContentSignal signal)
    {
        this.clock = clock;
        signal.Subscribe(_ =>
        {
            Clear();
            return Task.CompletedTask;
        });
    }

    /// <summary>How long a total is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<ItemFilter, (int Total, DateTimeOffset At)> _totals = new();

    /// <summary>The cached total for <paramref name="filter"/> (page fields ignored), or computes and stores it.</summary>
    public async Task<int> GetOrAddAsync(ItemFilter filter, Func<Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        if (TryGet(filter, out var total))
        {
            return total;
        }

        total = await count();
        Store(filter, total);
        return total;
    }

    /// <summary>The total for <paramref name="filter"/> (page fields ignored) if it is cached and fresh.</summary>
    public bool TryGet(ItemFilter filter, out int total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (_totals.TryGetValue(filter with { Page = 1, PageSize = 1 }, out var entry) && clock.GetUtcNow() - entry.At < Lifetime)
        {
            total = entry.Total;
            return true;
        }

        total = 0;
        return false;
    }

    /// <summary>Stores the total just counted for <paramref name="filter"/>.</summary>
    public void Store(ItemFilter filter, int total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (_totals.Count >= MaxEntries)
        {
            _totals.Clear();
        }

        _totals[filter with { Page = 1, PageSize = 1 }] = (total, clock.GetUtcNow());
    }

    /// <summary>Forgets every total (an item became public or stopped being public).</summary>
    public void Clear() => _totals.Clear();
}
