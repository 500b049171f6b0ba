using System.Net;
using System.Threading.RateLimiting;

namespace OpenGovInfo.Web.Security;

/// <summary>
/// Counts failed sign-ins per client address (after forwarded headers from known proxies) in a sliding window and
/// refuses further attempts from that address, before its password is even checked, once the window is full. Only
/// failures count, so an office whose staff share one NAT address is not throttled by their successful sign-ins.
/// In memory per node: behind N nodes an address gets at most N times the limit, still below a lock-out's worth
/// on any one node.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    private readonly PartitionedRateLimiter<string> _failures;

    /// <summary>Creates the limiter.</summary>
    public SignInThrottle(SignInLimits limits) =>
        _failures = PartitionedRateLimiter.Create<string, string>(address => RateLimitPartition.GetSlidingWindowLimiter(address,
            _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = limits.FailuresPerAddress,
                Window = limits.FailureWindow,
                SegmentsPerWindow = 5,
                QueueLimit = 0,
                AutoReplenishment = true,
            }));

    /// <summary>The partition key of a request: its client address.</summary>
    public static string AddressOf(HttpContext context) => context.Connection.RemoteIpAddress is { } ip
        ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString()
        : IPAddress.None.ToString();

    /// <summary>True when <paramref name="address"/> has used up its failures.</summary>
    public bool IsBlocked(string address) => _failures.GetStatistics(address)?.CurrentAvailablePermits <= 0;

    /// <summary>Counts one failure of <paramref name="address"/>.</summary>
    public void RecordFailure(string address)
    {
        using var lease = _failures.AttemptAcquire(address);
    }

    /// <inheritdoc />
    public void Dispose() => _failures.Dispose();
}
