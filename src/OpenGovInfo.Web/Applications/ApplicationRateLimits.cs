using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenGovInfo.Web.Applications;

/// <summary>
/// Anonymous submission and tracking are limited per client address: submissions so that nobody floods an agency's
/// queue (and the statutory clocks that come with each case), lookups so that 查询码/查询密码 cannot be guessed at speed.
/// Limits come from configuration (<c>Applications:SubmissionsPerHour</c>, <c>Applications:LookupsPerMinute</c>).
/// </summary>
public static class ApplicationRateLimits
{
    /// <summary>Policy name of submissions.</summary>
    public const string Submission = "applications-submit";

    /// <summary>Policy name of tracking lookups.</summary>
    public const string Tracking = "applications-track";

    /// <summary>Registers the two policies; a refused request gets 429 and the Chinese status page.</summary>
    public static IServiceCollection AddApplicationRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var submissions = configuration.GetValue("Applications:SubmissionsPerHour", 30);
        var lookups = configuration.GetValue("Applications:LookupsPerMinute", 60);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Submission, context => RateLimitPartition.GetFixedWindowLimiter(
                Partition(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = submissions, Window = TimeSpan.FromHours(1), QueueLimit = 0 }));
            options.AddPolicy(Tracking, context => RateLimitPartition.GetFixedWindowLimiter(
                Partition(context), _ => new FixedWindowRateLimiterOptions { PermitLimit = lookups, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        return services;
    }

    private static string Partition(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "local";
}
