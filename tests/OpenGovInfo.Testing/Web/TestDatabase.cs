namespace OpenGovInfo.Testing.Web;

/// <summary>A database for one test class or app: provider name as configured (<c>Sqlite</c>, <c>PostgreSql</c>) and connection.</summary>
public sealed record TestDatabase(string Provider, string ConnectionString)
{
    /// <summary>The two providers, for theories.</summary>
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql" };

    /// <summary>A fresh SQLite file in the temp folder.</summary>
    public static TestDatabase Sqlite() =>
        new("Sqlite", $"Data Source={Path.Combine(Path.GetTempPath(), $"ogi-test-{Guid.NewGuid():N}.db")};Pooling=False");

    /// <summary>A fresh database of <paramref name="provider"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, Postgres.PostgresServer postgres) => provider switch
    {
        "Sqlite" => Sqlite(),
        "PostgreSql" => new("PostgreSql", await postgres.CreateDatabaseAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };
}
