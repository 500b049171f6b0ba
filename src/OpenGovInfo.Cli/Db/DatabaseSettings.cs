using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Data;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Db;

/// <summary>
/// The platform database of a command, configured as the web host is (environment variables
/// <c>Database__Provider</c>, <c>ConnectionStrings__OpenGovInfo</c>); each option overrides its variable.
/// </summary>
public class DatabaseSettings : CommandSettings
{
    /// <summary>Sqlite or PostgreSql.</summary>
    [CommandOption("--provider <PROVIDER>")]
    [Description("数据库类型 Sqlite 或 PostgreSql（默认读取 Database__Provider，未设置时为 Sqlite）")]
    public string? Provider { get; init; }

    /// <summary>Connection string.</summary>
    [CommandOption("--connection <CONNECTION>")]
    [Description("连接字符串（默认读取 ConnectionStrings__OpenGovInfo；SQLite 默认 ./data/opengovinfo.db）")]
    public string? Connection { get; init; }

    /// <summary>The platform's services on this database.</summary>
    /// <param name="more">Further registrations.</param>
    /// <param name="readOnly">
    /// Open a SQLite file read-only, for commands that only read: a mistyped path then fails with “unable to open”
    /// instead of silently creating an empty database there.
    /// </param>
    public ServiceProvider BuildServices(Action<IServiceCollection>? more = null, bool readOnly = false)
    {
        var configuration = Configuration();
        if (readOnly && DatabaseOptions.From(configuration) is { Provider: DatabaseProvider.Sqlite } sqlite)
        {
            var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(sqlite.ConnectionString) { Mode = Microsoft.Data.Sqlite.SqliteOpenMode.ReadOnly };
            configuration = new ConfigurationBuilder().AddConfiguration(configuration)
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:OpenGovInfo"] = builder.ToString() }).Build();
        }

        var services = new ServiceCollection().AddLogging().AddPlatform(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>The provider and connection alone, for commands that work on the database's files rather than its rows.</summary>
    public DatabaseOptions ResolveOptions() => DatabaseOptions.From(Configuration());

    private IConfiguration Configuration()
    {
        var overrides = new Dictionary<string, string?>();
        if (Provider is not null)
        {
            overrides["Database:Provider"] = Provider;
        }

        if (Connection is not null)
        {
            overrides["ConnectionStrings:OpenGovInfo"] = Connection;
        }

        return new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
    }
}
