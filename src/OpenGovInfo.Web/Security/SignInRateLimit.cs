using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace OpenGovInfo.Web.Security;

/// <summary>
/// Sign-in protection: the ASP.NET Core rate limiter caps sign-in form posts per address (each costs a password hash),
/// <see cref="SignInThrottle"/> caps failures per address below the account lock-out, and
/// <see cref="UnknownUserPasswordCheck"/> equalises the timing of unknown names. Refusals are 429 with the Chinese
/// status page and a Retry-After header.
/// </summary>
public static class SignInRateLimit
{
    /// <summary>The rate-limiter policy on the sign-in pages (applied by <see cref="Authorization.StaffPageConventions"/>).</summary>
    public const string Policy = "sign-in";

    /// <summary>Registers the limiter, the failure throttle and the timing equaliser.</summary>
    public static IServiceCollection AddSignInProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = SignInLimits.From(configuration);
        services.AddSingleton(limits);
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<UnknownUserPasswordCheck>();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                return ValueTask.CompletedTask;
            };
            options.AddPolicy(Policy, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(SignInThrottle.AddressOf(context), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = limits.PostsPerAddressPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(string.Empty));
        });
        return services;
    }

    /// <summary>Answers 429 (the Chinese status page follows) with how long to wait.</summary>
    public static Microsoft.AspNetCore.Mvc.IActionResult TooManyAttempts(HttpContext context, SignInLimits limits)
    {
        context.Response.Headers.RetryAfter = ((int)limits.FailureWindow.TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return new Microsoft.AspNetCore.Mvc.StatusCodeResult(StatusCodes.Status429TooManyRequests);
    }
}
