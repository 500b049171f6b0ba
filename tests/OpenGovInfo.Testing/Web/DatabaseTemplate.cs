using System.Collections.Concurrent;
using OpenGovInfo.Testing.Postgres;

namespace OpenGovInfo.Testing.Web;

/// <summary>
/// A migrated database made once per provider (and per PostgreSQL cluster) and copied for every test that needs a
/// fresh one: migrating costs hundreds of milliseconds a database, a copy a few. SQLite copies the file;
/// PostgreSQL uses <c>CREATE DATABASE … TEMPLATE</c>. <paramref name="migrate"/> brings an empty database to the
/// state every copy starts from (the test project supplies it, as this library does not know the platform).
/// </summary>
public sealed class DatabaseTemplate(Func<TestDatabase, Task> migrate)
{
    /// <summary>
    /// <c>OGI_TEST_DATABASE_TEMPLATE=off</c> migrates every test's database instead, as the tests did before templates:
    /// only for measuring what the template saves (docs/testing.md), never for a normal run.
    /// </summary>
    private static readonly bool MigrateEach =
        string.Equals(Environment.GetEnvironmentVariable("OGI_TEST_DATABASE_TEMPLATE"), "off", StringComparison.OrdinalIgnoreCase);

    private readonly Lazy<Task<TestDatabase>> _sqlite = new(() => MigratedAsync(TestDatabase.Sqlite(), migrate));
    private readonly ConcurrentDictionary<PostgresServer, Lazy<Task<string>>> _postgres = new();

    /// <summary>A fresh, migrated database of <paramref name="provider"/>, copied from the template.</summary>
    public async Task<TestDatabase> CopyAsync(string provider, PostgresServer postgres)
    {
        if (MigrateEach)
        {
            return await MigratedAsync(provider == "Sqlite" ? TestDatabase.Sqlite() : new TestDatabase("PostgreSql", await postgres.CreateDatabaseAsync()), migrate);
        }

        switch (provider)
        {
            case "Sqlite":
                var template = await _sqlite.Value;
                var copy = TestDatabase.Sqlite();
                // The template is closed (pooling off) after migration, so the file alone is the whole database.
                File.Copy(template.FilePath!, copy.FilePath!);
                return copy;
            case "PostgreSql":
                var name = await _postgres.GetOrAdd(postgres, server => new Lazy<Task<string>>(() => MigratedPostgresAsync(server))).Value;
                return new TestDatabase("PostgreSql", await postgres.CreateDatabaseAsync(template: name));
            default:
                throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider.");
        }
    }

    private async Task<string> MigratedPostgresAsync(PostgresServer server)
    {
        var database = await MigratedAsync(new TestDatabase("PostgreSql", await server.CreateDatabaseAsync("template")), migrate);
        // CREATE DATABASE … TEMPLATE refuses while anyone is connected to the template: empty the pool first.
        Npgsql.NpgsqlConnection.ClearPool(new Npgsql.NpgsqlConnection(database.ConnectionString));
        return new Npgsql.NpgsqlConnectionStringBuilder(database.ConnectionString).Database!;
    }

    private static async Task<TestDatabase> MigratedAsync(TestDatabase database, Func<TestDatabase, Task> migrate)
    {
        await migrate(database);
        return database;
    }
}
