namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// "What the public sees has changed" on this node: an item was published, released or withdrawn, or an agency's
/// disclosure pages were edited. Caches of public content (list totals, rendered portal pages) subscribe and drop
/// their entries before the change's request returns. Other nodes learn of the change from
/// <see cref="ReadPublicContentStamp"/>, which the web host polls.
/// </summary>
public sealed class PublicContentSignal
{
    private readonly Lock _gate = new();
    private Func<CancellationToken, Task>[] _subscribers = [];

    /// <summary>Adds <paramref name="handler"/>, called on every <see cref="RaiseAsync"/>.</summary>
    public void Subscribe(Func<CancellationToken, Task> handler)
    {
        lock (_gate)
        {
            _subscribers = [.. _subscribers, handler];
        }
    }

    /// <summary>Tells every subscriber; returns when all have dropped their entries.</summary>
    public async Task RaiseAsync(CancellationToken cancellationToken = default)
    {
        foreach (var subscriber in _subscribers)
        {
            await subscriber(cancellationToken);
        }
    }
}
