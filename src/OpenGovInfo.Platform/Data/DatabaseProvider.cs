namespace OpenGovInfo.Platform.Data;

/// <summary>The database engines the platform runs on; both pass the same test suite.</summary>
public enum DatabaseProvider
{
    /// <summary>SQLite file: the default, no set-up.</summary>
    Sqlite,

    /// <summary>PostgreSQL: several web nodes behind a load balancer.</summary>
    PostgreSql,
}
