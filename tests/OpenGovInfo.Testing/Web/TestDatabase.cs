namespace OpenGovInfo.Testing.Web;

/// <summary>A database for one test class or app: provider name as configured (<c>Sqlite</c>, <c>PostgreSql</c>) and connection.</summary>
public sealed record TestDatabase(string Provider, string ConnectionString, string? FilePath = null)
{
    /// <summary>The two providers, for theories.</summary>
    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql" };

    /// <summary>A fresh SQLite file in the temp folder.</summary>
    public static TestDatabase Sqlite()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ogi-test-{Guid.NewGuid():N}.db");
        return new("Sqlite", $"Data Source={file};Pooling=False", file);
    }

    /// <summary>Deletes a SQLite file and its journal files (PostgreSQL databases go with the cluster).</summary>
    public void DeleteFiles()
    {
        if (FilePath is null)
        {
            return;
        }

        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            File.Delete(FilePath + suffix);
        }
    }

    /// <summary>A fresh database of <paramref name="provider"/>.</summary>
    public static async Task<TestDatabase> CreateAsync(string provider, Postgres.PostgresServer postgres) => provider switch
    {
        "Sqlite" => Sqlite(),
        "PostgreSql" => new("PostgreSql", await postgres.CreateDatabaseAsync()),
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown provider."),
    };
}
