using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Hosting;

/// <summary>On start: migrate, create roles, and seed the demo district when allowed.</summary>
public static class DatabaseStartup
{
    /// <summary>Runs the start-up database work; every step is idempotent so several nodes may run it.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        await services.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        await services.GetRequiredService<StaffRoleSetup>().EnsureRolesAsync();
        if (!DemoPolicy.ShouldSeed(app.Environment, app.Configuration))
        {
            return;
        }

        var password = app.Configuration["Demo:Password"];
        if (string.IsNullOrEmpty(password))
        {
            throw new InvalidOperationException("Demo:Seed is on but Demo:Password is not set.");
        }

        if (await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(password))
        {
            DemoPolicy.PrintSignIn(app, password, services.GetRequiredService<ILoggerFactory>().CreateLogger("OpenGovInfo.Demo"));
        }
    }
}
