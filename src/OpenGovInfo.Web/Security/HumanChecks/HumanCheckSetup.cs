using Microsoft.Extensions.DependencyInjection.Extensions;

namespace OpenGovInfo.Web.Security.HumanChecks;

/// <summary>Chooses the installation's <see cref="IHumanCheck"/> from <c>Security:HumanCheck</c>.</summary>
public static class HumanCheckSetup
{
    /// <summary>
    /// <c>none</c> (the default) or <c>arithmetic</c>; anything else stops start-up with a message, because a typo must
    /// not silently leave a site without the check its operator asked for. An implementation registered before this
    /// call (a deployment's own) is kept.
    /// </summary>
    public static IServiceCollection AddHumanCheck(this IServiceCollection services, IConfiguration configuration)
    {
        var choice = configuration["Security:HumanCheck"]?.Trim().ToLowerInvariant() ?? "none";
        switch (choice)
        {
            case "" or "none":
                services.TryAddSingleton<IHumanCheck, NoHumanCheck>();
                break;
            case "arithmetic":
                services.AddMemoryCache();
                services.TryAddSingleton<IHumanCheck, ArithmeticHumanCheck>();
                break;
            default:
                throw new InvalidOperationException($"Security:HumanCheck 的值“{choice}”无效：应为 none 或 arithmetic。");
        }

        return services;
    }
}
