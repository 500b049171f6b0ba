using OpenGovInfo.Platform.Common;

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
        _ when DatabaseOutage.Is(exception) => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };
}
