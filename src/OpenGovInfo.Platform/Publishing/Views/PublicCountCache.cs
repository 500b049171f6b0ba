using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Primitives;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Totals of public item lists, kept for a few seconds: counting an agency's 100,000 items costs more than rendering
/// the page. A <see cref="PublicContentSignal"/> (publishing or withdrawing on this node, or a change seen on another)
/// clears it; entries also expire after <see cref="Lifetime"/>. Backed by a <see cref="MemoryCache"/> of its own
/// (bounded, so a crawler's endless filter combinations evict old totals instead of growing the process).
/// </summary>
public sealed class PublicCountCache : IDisposable
{
    /// <summary>How long a total is reused.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(10);

    private const int MaxEntries = 10_000;
    private readonly MemoryCache _totals = new(new MemoryCacheOptions { SizeLimit = MaxEntries });
    private readonly Lock _gate = new();

    // Every entry depends on this token; Clear cancels it (dropping all entries at once) and starts a new one.
    private CancellationTokenSource _generation = new();

    /// <summary>Creates the cache and subscribes it to <paramref name="signal"/>.</summary>
    public PublicCountCache(PublicContentSignal signal)
    {
        ArgumentNullException.ThrowIfNull(signal);
        signal.Subscribe(_ =>
        {
            Clear();
            return Task.CompletedTask;
        });
    }

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
        return _totals.TryGetValue(Key(filter), out total);
    }

    /// <summary>Stores the total just counted for <paramref name="filter"/>.</summary>
    public void Store(ItemFilter filter, int total)
    {
        ArgumentNullException.ThrowIfNull(filter);
        CancellationToken generation;
        lock (_gate)
        {
            generation = _generation.Token;
        }

        _totals.Set(Key(filter), total, new MemoryCacheEntryOptions
        {
            AbsoluteExpirationRelativeToNow = Lifetime,
            Size = 1,
            ExpirationTokens = { new CancellationChangeToken(generation) },
        });
    }

    /// <summary>Forgets every total (an item became public or stopped being public).</summary>
    public void Clear()
    {
        CancellationTokenSource old;
        lock (_gate)
        {
            (old, _generation) = (_generation, new CancellationTokenSource());
        }

        old.Cancel();
        old.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _totals.Dispose();
        _generation.Dispose();
    }

    private static ItemFilter Key(ItemFilter filter) => filter with { Page = 1, PageSize = 1 };
}
