using OpenGovInfo.Testing.Postgres;

namespace OpenGovInfo.Reliability.Infrastructure;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole suite. One collection, so the tests run one after another: each
/// loads the machine on purpose, and one of them stops and starts the cluster.
/// </summary>
public sealed class ReliabilityCluster : IAsyncLifetime
{
    /// <summary>The cluster.</summary>
    public PostgresServer Postgres { get; } = new();

    /// <inheritdoc />
    public Task InitializeAsync() => Postgres.InitializeAsync();

    /// <inheritdoc />
    public Task DisposeAsync() => Postgres.DisposeAsync();
}

/// <summary>The suite's single collection.</summary>
[CollectionDefinition(Name)]
public sealed class ReliabilityCollection : ICollectionFixture<ReliabilityCluster>
{
    /// <summary>Collection name.</summary>
    public const string Name = "reliability";
}
