using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Staff accounts without the web's cookies: for the operator's command line and the platform tests.</summary>
public static class StaffAccountServices
{
    /// <summary>Adds Identity's user and role managers over the platform database, and <see cref="CreateStaffAccount"/>.</summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(StaffIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpenGovInfoDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>();
        services.AddScoped<CreateStaffAccount>();
        return services;
    }
}
