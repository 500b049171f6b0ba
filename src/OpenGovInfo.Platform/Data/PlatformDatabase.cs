using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenGovInfo.Platform.PersonalData;

namespace OpenGovInfo.Platform.Data;

/// <summary>Points a DbContext at a provider and at that provider's migrations assembly.</summary>
public static class PlatformDatabase
{
    /// <summary>Assembly holding the SQLite migrations.</summary>
    public const string SqliteMigrationsAssembly = "OpenGovInfo.Platform.Sqlite";

    /// <summary>Assembly holding the PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrationsAssembly = "OpenGovInfo.Platform.PostgreSql";

    /// <summary>Configures <paramref name="builder"/> for <paramref name="options"/>.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(builder);
        // Models differ by personal-data key ring (their converters hold the keys): cache them apart.
        builder.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
        return options.Provider switch
        {
            DatabaseProvider.Sqlite => builder.UseSqlite(
                options.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly)),
            DatabaseProvider.PostgreSql => builder.UseNpgsql(
                options.ConnectionString, npgsql => npgsql.MigrationsAssembly(PostgreSqlMigrationsAssembly)),
            _ => throw new ArgumentOutOfRangeException(nameof(options)),
        };
    }

    /// <summary>Creates the folder of a SQLite file so that the first run needs no set-up.</summary>
    public static void EnsureSqliteDirectory(DatabaseOptions options)
    {
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            return;
        }

        var dataSource = new SqliteConnectionStringBuilder(options.ConnectionString).DataSource;
        if (string.IsNullOrEmpty(dataSource) || dataSource == ":memory:")
        {
            return;
        }

        var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
    }
}
