using OpenGovInfo.Testing.Postgres;

namespace OpenGovInfo.Platform.Tests;

/// <summary>Tests that need a database share one PostgreSQL cluster; each class creates its own databases.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseCollection : ICollectionFixture<PostgresServer>
{
    /// <summary>Collection name.</summary>
    public const string Name = "database";
}
