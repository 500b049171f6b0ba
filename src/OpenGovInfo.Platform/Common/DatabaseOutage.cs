using System.Data.Common;

namespace OpenGovInfo.Platform.Common;

/// <summary>
/// Tells a database that is unreachable or restarting from a database that refused a write. A use case that turns a
/// refused write (a unique index, a concurrency token) into a Chinese "conflict" message must not do so for an outage:
/// the officer would be told to refresh when the truth is "try again shortly", and the web edge answers 503 instead.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>
    /// Anywhere in the chain (EF wraps provider exceptions): a provider exception the provider calls transient (cannot
    /// connect, timeout, SQLite busy), or a PostgreSQL connection (08xxx) or operator-intervention (57Pxx: shutdown,
    /// starting up) state. Checked through <see cref="DbException"/> so that no provider is named here.
    /// </summary>
    public static bool Is(Exception exception)
    {
        for (Exception? current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException db && (db.IsTransient || db.SqlState is { } state
                    && (state.StartsWith("08", StringComparison.Ordinal) || state.StartsWith("57P", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }
}
