using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests;

/// <summary>The platform's services on a fresh, migrated database of one provider, with a fake clock.</summary>
internal sealed class PlatformHost : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private PlatformHost(ServiceProvider services, FakeTimeProvider clock, TestDatabase database, bool ownsDatabase)
    {
        Services = services;
        Clock = clock;
        Database = database;
        _ownsDatabase = ownsDatabase;
    }

    /// <summary>The database this host uses.</summary>
    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Clock { get; }

    /// <summary>
    /// Migrated databases are copies of one template per provider (migrating each costs far more than copying);
    /// <paramref name="migrate"/> false gives an empty database, for the tests of migration itself.
    /// </summary>
    public static async Task<PlatformHost> StartAsync(string provider, PostgresServer postgres, bool migrate = true) =>
        migrate
            ? await StartAsync(await Template.CopyAsync(provider, postgres), migrate: false, ownsDatabase: true)
            : await StartAsync(await TestDatabase.CreateAsync(provider, postgres), migrate: false, ownsDatabase: true);

    /// <summary>The migrated database every <see cref="StartAsync(string, PostgresServer, bool)"/> copies.</summary>
    public static DatabaseTemplate Template { get; } = new(async database =>
    {
        await using var host = await StartAsync(database, migrate: true, ownsDatabase: false);
    });

    /// <summary>A host with extra configuration (e.g. personal-data keys) on a fresh database.</summary>
    public static async Task<PlatformHost> StartAsync(string provider, PostgresServer postgres, IReadOnlyDictionary<string, string?> settings) =>
        await StartAsync(await TestDatabase.CreateAsync(provider, postgres), migrate: true, ownsDatabase: true, settings);

    /// <summary>A host on an existing database that it neither migrates nor deletes.</summary>
    public static Task<PlatformHost> OnExistingAsync(TestDatabase database, IReadOnlyDictionary<string, string?>? settings = null) =>
        StartAsync(database, migrate: false, ownsDatabase: false, settings);

    /// <summary>A second host (another "web node") on the database of <paramref name="other"/>.</summary>
    public static Task<PlatformHost> AlongsideAsync(PlatformHost other) =>
        StartAsync(other.Database, migrate: false, ownsDatabase: false);

    private static async Task<PlatformHost> StartAsync(
        TestDatabase database, bool migrate, bool ownsDatabase, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider,
            ["ConnectionStrings:OpenGovInfo"] = database.ConnectionString,
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 31, 9, 30, 15, TimeSpan.FromHours(8)));
        var services = new ServiceCollection()
            .AddLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<TimeProvider>(clock)
            .AddPlatform(configuration);
        services.AddStaffAccounts();
        var host = new PlatformHost(services.BuildServiceProvider(validateScopes: true), clock, database, ownsDatabase);
        if (migrate)
        {
            await host.RunAsync<DatabaseMigrator>(m => m.MigrateAsync());
        }

        return host;
    }

    /// <summary>Runs <paramref name="action"/> with a service from a new scope (a new DbContext, as per request).</summary>
    public async Task<TResult> RunAsync<TService, TResult>(Func<TService, Task<TResult>> action)
        where TService : notnull
    {
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task RunAsync<TService>(Func<TService, Task> action)
        where TService : notnull =>
        RunAsync<TService, bool>(async s =>
        {
            await action(s);
            return true;
        });

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsDatabase)
        {
            Database.DeleteFiles();
        }
    }
}
