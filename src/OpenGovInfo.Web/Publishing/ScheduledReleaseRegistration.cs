namespace OpenGovInfo.Web.Publishing;

/// <summary>Registers the 定时发布 background job.</summary>
public static class ScheduledReleaseRegistration
{
    /// <summary>Adds <see cref="ScheduledReleaseService"/> with its interval from <paramref name="configuration"/>.</summary>
    public static IServiceCollection AddScheduledRelease(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(ScheduledReleaseOptions.From(configuration));
        services.AddHostedService<ScheduledReleaseService>();
        return services;
    }
}
