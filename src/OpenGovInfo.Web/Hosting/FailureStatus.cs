using System.Data.Common;

namespace OpenGovInfo.Web.Hosting;

/// <summary>The status an unhandled exception is answered with (the exception handler's selector).</summary>
public static class FailureStatus
{
    /// <summary>
    /// 413 and friends for a bad request body (the client's fault); 503 when the database is unreachable or restarting
    /// (the request may be retried, and a load balancer or monitor can tell an outage from a bug); 500 otherwise.
    /// </summary>
    public static int For(Exception exception) => exception switch
    {
        BadHttpRequestException bad => bad.StatusCode,
        _ when DatabaseUnavailable(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>
    /// Anywhere in the chain (EF wraps provider exceptions): a provider exception the provider calls transient (cannot
    /// connect, timeout, SQLite busy), or a PostgreSQL connection (08xxx) or operator-intervention (57Pxx: shutdown,
    /// starting up) state. Checked through <see cref="DbException"/> so the web edge names no provider.
    /// </summary>
    public static bool DatabaseUnavailable(Exception exception)
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
