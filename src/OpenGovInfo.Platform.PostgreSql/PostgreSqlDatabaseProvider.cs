using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.PostgreSql;
using OpenGovInfo.Platform.Publishing;

[assembly: DatabaseProvider(typeof(PostgreSqlDatabaseProvider))]

namespace OpenGovInfo.Platform.PostgreSql;

/// <summary>PostgreSQL: several web nodes behind a load balancer on one database.</summary>
public sealed class PostgreSqlDatabaseProvider : IDatabaseProvider
{
    /// <inheritdoc />
    public void UseDatabase(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString,
            npgsql => npgsql.MigrationsAssembly(DatabaseProviders.AssemblyName(DatabaseProvider.PostgreSql)));

    /// <summary>Nothing to prepare: the server and its database are the operator's.</summary>
    public void PrepareStorage(string connectionString)
    {
    }

    /// <inheritdoc />
    public DbDataSource CreateDataSource(string connectionString) => NpgsqlDataSource.Create(connectionString);

    /// <inheritdoc />
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<ISearchCandidates, PostgreSqlSearchCandidates>();
        services.AddSingleton<ISqlDialect, PostgreSqlDialect>();
        services.AddSingleton<IAuditChainLock, PostgreSqlAuditChainLock>();
    }
}
