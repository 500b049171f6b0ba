using System.Collections.Concurrent;
using System.Data.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// Open connections for the public read path, each keeping the statements it has prepared (see
/// <see cref="PreparedConnection"/>), so that a page costs one execution of an already prepared statement. Idle
/// connections are kept up to <see cref="MaxIdle"/>; a connection whose command failed is disposed, never reused.
/// </summary>
public sealed class PublicReadPool : IAsyncDisposable
{
    /// <summary>Idle connections kept for reuse; more are opened under load and closed when returned.</summary>
    public const int MaxIdle = 32;

    private readonly ConcurrentQueue<PreparedConnection> _idle = new();
    private readonly DbDataSource _source;
    private int _idleCount;

    /// <summary>Creates the pool for <paramref name="options"/>' database, with connections from <paramref name="provider"/>.</summary>
    public PublicReadPool(DatabaseOptions options, IDatabaseProvider provider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(provider);
        _source = provider.CreateDataSource(options.ConnectionString);
    }

    /// <summary>
    /// Runs <paramref name="read"/> on a pooled connection and returns the connection to the pool; a connection whose
    /// read threw may be broken, so it is closed instead of handed to the next request.
    /// </summary>
    internal async Task<T> ReadAsync<T>(Func<PreparedConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        var connection = await RentAsync(cancellationToken);
        var succeeded = false;
        try
        {
            var result = await read(connection);
            succeeded = true;
            return result;
        }
        finally
        {
            if (succeeded)
            {
                await ReturnAsync(connection);
            }
            else
            {
                await connection.DisposeAsync();
            }
        }
    }

    private async ValueTask<PreparedConnection> RentAsync(CancellationToken cancellationToken)
    {
        if (_idle.TryDequeue(out var idle))
        {
            Interlocked.Decrement(ref _idleCount);
            return idle;
        }

        var connection = _source.CreateConnection();
        var opened = false;
        try
        {
            await connection.OpenAsync(cancellationToken);
            opened = true;
        }
        finally
        {
            if (!opened)
            {
                await connection.DisposeAsync();
            }
        }

        return new PreparedConnection(connection);
    }

    private async ValueTask ReturnAsync(PreparedConnection connection)
    {
        if (Interlocked.Increment(ref _idleCount) <= MaxIdle)
        {
            _idle.Enqueue(connection);
            return;
        }

        Interlocked.Decrement(ref _idleCount);
        await connection.DisposeAsync();
    }

    /// <summary>Closes the idle connections (host shutdown).</summary>
    public async ValueTask DisposeAsync()
    {
        while (_idle.TryDequeue(out var idle))
        {
            await idle.DisposeAsync();
        }

        await _source.DisposeAsync();
    }
}
