using System.ComponentModel;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform;
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
    public ServiceProvider BuildServices(Action<IServiceCollection>? more = null)
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

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddInMemoryCollection(overrides).Build();
        var services = new ServiceCollection().AddLogging().AddPlatform(configuration);
        more?.Invoke(services);
        return services.BuildServiceProvider();
    }
}
