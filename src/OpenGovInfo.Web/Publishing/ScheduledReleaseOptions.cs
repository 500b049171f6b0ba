using System.Globalization;

namespace OpenGovInfo.Web.Publishing;

/// <summary>How often the 定时发布 job runs: configuration key <c>Publishing:ReleaseInterval</c> (default one minute).</summary>
/// <param name="Interval">The period between runs.</param>
public sealed record ScheduledReleaseOptions(TimeSpan Interval)
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Publishing:ReleaseInterval";

    /// <summary>The default period.</summary>
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(1);

    /// <summary>Reads the interval (a TimeSpan such as <c>00:01:00</c>); a missing value means the default.</summary>
    /// <exception cref="InvalidOperationException">The value is not a positive TimeSpan (a configuration error: fail at start-up).</exception>
    public static ScheduledReleaseOptions From(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ScheduledReleaseOptions(DefaultInterval);
        }

        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var interval) && interval > TimeSpan.Zero
            ? new ScheduledReleaseOptions(interval)
            : throw new InvalidOperationException($"{Key} must be a positive TimeSpan such as 00:01:00, not '{text}'.");
    }
}
