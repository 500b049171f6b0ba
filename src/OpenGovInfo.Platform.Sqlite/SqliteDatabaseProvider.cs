using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Platform.Sqlite;

[assembly: DatabaseProvider(typeof(SqliteDatabaseProvider))]

namespace OpenGovInfo.Platform.Sqlite;

/// <summary>SQLite: one file, no set-up; the default engine.</summary>
public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    /// <inheritdoc />
    public void UseDatabase(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString,
            sqlite => sqlite.MigrationsAssembly(DatabaseProviders.AssemblyName(DatabaseProvider.Sqlite)));

    /// <summary>Creates the folder of the file, so that the first run needs no set-up.</summary>
    public void PrepareStorage(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
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

    /// <inheritdoc />
    public DbDataSource CreateDataSource(string connectionString) => SqliteFactory.Instance.CreateDataSource(connectionString);

    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ISearchCandidates, SqliteSearchCandidates>();
        services.AddSingleton<ISqlDialect, SqliteDialect>();
        services.AddSingleton<IAuditChainLock, SqliteAuditChainLock>();
    }
}
