using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Web.Tests.Infrastructure;

/// <summary>
/// Migrated databases for the web apps under test, copied from one template per provider: the app's start-up then
/// finds no migration pending and only seeds.
/// </summary>
internal static class WebDatabases
{
    /// <summary>The template, migrated by the platform's own migrator (as the app would at start-up).</summary>
    public static DatabaseTemplate Template { get; } = new(async database =>
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:OpenGovInfo"] = database.ConnectionString,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddPlatform(configuration).BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
    });
}
