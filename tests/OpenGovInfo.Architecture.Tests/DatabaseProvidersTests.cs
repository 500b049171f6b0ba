using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.PostgreSql;
using OpenGovInfo.Platform.Sqlite;

namespace OpenGovInfo.Architecture.Tests;

/// <summary>
/// Platform finds each engine's <see cref="IDatabaseProvider"/> in its provider project by name (it cannot reference
/// the projects that reference it): a renamed project or a lost <see cref="DatabaseProviderAttribute"/> fails here.
/// </summary>
public sealed class DatabaseProvidersTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, typeof(SqliteDatabaseProvider))]
    [InlineData(DatabaseProvider.PostgreSql, typeof(PostgreSqlDatabaseProvider))]
    public void Each_configured_provider_is_found_in_its_project(DatabaseProvider provider, Type expected)
    {
        Assert.IsType(expected, DatabaseProviders.For(provider));
        Assert.Equal(DatabaseProviders.AssemblyName(provider), expected.Assembly.GetName().Name);
    }
}
