using Microsoft.EntityFrameworkCore;
using Npgsql;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Data;

/// <summary>
/// An outage and a refused write are told apart on real failures: a use case that reported an outage as "someone else
/// changed this" answered a 500 during a PostgreSQL restart (its rollback on the dead connection threw).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class DatabaseOutageTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_refused_connection_is_an_outage()
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Port = 1, Timeout = 2, Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        var failure = await Assert.ThrowsAnyAsync<NpgsqlException>(() => connection.OpenAsync());
        Assert.True(DatabaseOutage.Is(new InvalidOperationException("wrapped", failure)));
    }

    [Fact]
    public async Task A_connection_ended_by_the_server_is_an_outage()
    {
        var builder = new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_terminate_backend(pg_backend_pid())", connection);
        var failure = await Assert.ThrowsAnyAsync<NpgsqlException>(() => command.ExecuteNonQueryAsync());
        Assert.True(DatabaseOutage.Is(failure), failure.ToString());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unique_index_refusing_a_write_is_not_an_outage(string provider)
    {
        await using var host = await PlatformHost.StartAsync(provider, postgres);
        Assert.True(UnifiedSocialCreditCode.TryParse("11411503005056032N", out var code, out _));
        var refused = await host.RunAsync<OpenGovInfoDbContext, DbUpdateException>(async db =>
        {
            db.Agencies.Add(new Agency("甲局", AgencyKind.Department, code, null, host.Clock.GetUtcNow()));
            db.Agencies.Add(new Agency("乙局", AgencyKind.Department, code, null, host.Clock.GetUtcNow()));
            return await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());
        });
        Assert.False(DatabaseOutage.Is(refused), refused.ToString());
    }

    [Fact]
    public async Task A_save_whose_connection_broke_inside_its_transaction_is_an_outage()
    {
        // A restart ends the connection between a use case's statements: the provider then refuses the next command
        // of the transaction as "transaction is already completed", which must still read as an outage (503).
        await using var host = await PlatformHost.StartAsync("PostgreSql", postgres);
        Assert.True(UnifiedSocialCreditCode.TryParse("11411503005056032N", out var code, out _));
        var failure = await host.RunAsync<OpenGovInfoDbContext, Exception>(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var ended = await Assert.ThrowsAnyAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("SELECT pg_terminate_backend(pg_backend_pid())"));
            Assert.True(DatabaseOutage.Is(ended), ended.ToString());
            db.Agencies.Add(new Agency("丙局", AgencyKind.Department, code, null, host.Clock.GetUtcNow()));
            return await Assert.ThrowsAnyAsync<Exception>(() => db.SaveChangesAsync());
        });
        Assert.True(DatabaseOutage.Is(failure), failure.ToString());
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Agencies.CountAsync(a => a.Name == "丙局")));
    }
}
