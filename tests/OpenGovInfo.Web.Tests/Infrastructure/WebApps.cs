using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Web.Tests.Infrastructure;

/// <summary>
/// The apps the HTTP tests share (starting one costs a migration and a seed): the demo district on SQLite and on
/// PostgreSQL, and an empty Production app for the error pages. One PostgreSQL cluster serves them all.
/// </summary>
public sealed class WebApps : IAsyncLifetime
{
    private readonly PostgresServer _postgres = new();
    private OgiWebFactory<Program>? _sqlite;
    private OgiWebFactory<Program>? _postgresApp;
    private OgiWebFactory<Program>? _production;

    /// <summary>The seeded app on <paramref name="provider"/> (<c>Sqlite</c> or <c>PostgreSql</c>).</summary>
    public OgiWebFactory<Program> For(string provider) => provider switch
    {
        "Sqlite" => _sqlite!,
        "PostgreSql" => _postgresApp!,
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };

    /// <summary>An app in the Production environment (no demo data, no developer pages).</summary>
    public OgiWebFactory<Program> Production => _production!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        await _postgres.InitializeAsync();
        _sqlite = Started(new OgiWebFactory<Program>(await WebDatabases.Template.CopyAsync("Sqlite", _postgres)));
        _postgresApp = Started(new OgiWebFactory<Program>(await WebDatabases.Template.CopyAsync("PostgreSql", _postgres)));
        _production = Started(new OgiWebFactory<Program>(await WebDatabases.Template.CopyAsync("Sqlite", _postgres), "Production", seedDemo: true));
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var app in new[] { _sqlite, _postgresApp, _production })
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
        }

        await _postgres.DisposeAsync();
    }

    private static OgiWebFactory<Program> Started(OgiWebFactory<Program> factory)
    {
        // Touching Services builds and starts the host: migrations and the seed run now, not inside a test.
        _ = factory.Services;
        return factory;
    }
}

/// <summary>HTTP tests share <see cref="WebApps"/>.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebApps>
{
    /// <summary>Collection name.</summary>
    public const string Name = "web";
}
