using Microsoft.Extensions.Configuration;

namespace OpenGovInfo.Platform.Data;

/// <summary>Which database to use, read from <c>Database:Provider</c> and <c>ConnectionStrings:OpenGovInfo</c>.</summary>
public sealed record DatabaseOptions(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>The default SQLite file, relative to the working directory.</summary>
    public const string DefaultSqliteConnection = "Data Source=./data/opengovinfo.db";

    /// <summary>Reads the options; SQLite at <see cref="DefaultSqliteConnection"/> when nothing is configured.</summary>
    public static DatabaseOptions From(IConfiguration configuration)
    {
        var providerText = configuration["Database:Provider"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerText) && !Enum.TryParse(providerText, ignoreCase: true, out provider))
        {
            throw new InvalidOperationException(
                $"Database:Provider '{providerText}' is not supported; use Sqlite or PostgreSql.");
        }

        var connection = configuration.GetConnectionString("OpenGovInfo");
        if (string.IsNullOrWhiteSpace(connection))
        {
            connection = provider == DatabaseProvider.Sqlite
                ? DefaultSqliteConnection
                : throw new InvalidOperationException("PostgreSql needs ConnectionStrings:OpenGovInfo.");
        }

        return new DatabaseOptions(provider, connection);
    }
}
