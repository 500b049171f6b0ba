using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace OpenGovInfo.Platform.Data;

/// <summary>
/// What one database engine brings to the platform: EF Core's provider and migrations, plain connections for the
/// public read path, storage set-up, and the engine's own SQL (full-text search, the audit chain's lock). Implemented in
/// OpenGovInfo.Platform.Sqlite and OpenGovInfo.Platform.PostgreSql, so that Platform names no provider package
/// (ADR 0024); <see cref="DatabaseProviders"/> finds the configured one.
/// </summary>
public interface IDatabaseProvider
{
    /// <summary>Points <paramref name="builder"/> at the engine and at this provider's migrations assembly.</summary>
    void UseDatabase(DbContextOptionsBuilder builder, string connectionString);

    /// <summary>Makes the place the database lives ready before the first migration (a SQLite file's folder).</summary>
    void PrepareStorage(string connectionString);

    /// <summary>A source of plain ADO.NET connections to the database (the public read path's pool).</summary>
    DbDataSource CreateDataSource(string connectionString);

    /// <summary>Registers the engine's implementations of the platform's provider-specific services.</summary>
    void AddServices(IServiceCollection services);
}
