using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Jobs;
using OpenGovInfo.Platform.WorkQueue;

namespace OpenGovInfo.Platform.Notifications;

/// <summary>Registers notifications, job leases and the work queue.</summary>
public static class NotificationServices
{
    /// <summary>The configuration key choosing the sender: <c>InApp</c> (default) or <c>Log</c>.</summary>
    public const string SenderKey = "Notifications:Sender";

    /// <summary>Adds the services; a host may register its own <see cref="INotificationSender"/> (SMTP…) first.</summary>
    public static IServiceCollection AddNotificationsAndWorkQueue(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (string.Equals(configuration[SenderKey], "Log", StringComparison.OrdinalIgnoreCase))
        {
            services.TryAddSingleton<INotificationSender, LoggingNotificationSender>();
        }

        services.TryAddSingleton<INotificationSender, InAppOnlySender>();
        services.AddSingleton(JobNode.New());
        services.AddScoped<JobLeases>();
        services.AddScoped<Notifier>();
        services.AddScoped<StaffNotifications>();
        services.AddScoped<SendDeadlineReminders>();
        services.AddScoped<StaffWorklist>();
        services.AddScoped<ItemWorkSource>();
        services.AddScoped<CaseWorkSource>();
        services.AddScoped<ReportWorkSource>();
        services.AddScoped<IWorkQueueSource>(provider => provider.GetRequiredService<ItemWorkSource>());
        services.AddScoped<IWorkQueueSource>(provider => provider.GetRequiredService<CaseWorkSource>());
        services.AddScoped<IWorkQueueSource>(provider => provider.GetRequiredService<ReportWorkSource>());
        return services;
    }
}
