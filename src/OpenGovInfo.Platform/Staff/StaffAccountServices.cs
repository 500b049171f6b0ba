using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Staff accounts without the web's cookies: for the operator's command line and the platform tests.</summary>
public static class StaffAccountServices
{
    /// <summary>Adds Identity's user and role managers over the platform database, and the account use cases.</summary>
    public static IServiceCollection AddStaffAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<StaffUser>(StaffIdentityOptions.Apply)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<OpenGovInfoDbContext>()
            .AddErrorDescriber<ChineseIdentityErrors>();
        return services.AddStaffAccountUseCases();
    }

    /// <summary>The account use cases, for any host that has already registered Identity.</summary>
    public static IServiceCollection AddStaffAccountUseCases(this IServiceCollection services)
    {
        services.AddScoped<CreateStaffAccount>();
        services.AddScoped<OpenStaffAccount>();
        services.AddScoped<ListStaffAccounts>();
        services.AddScoped<GetStaffAccount>();
        services.AddScoped<SetStaffRoles>();
        services.AddScoped<MoveStaffAccount>();
        services.AddScoped<SetStaffAccountDisabled>();
        services.AddScoped<ResetStaffPassword>();
        services.AddScoped<ChangeOwnPassword>();
        return services;
    }
}
