using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Web.Hosting;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>
/// Found by the reliability suite (PostgresRestartTests): a database restart answered every request with 500, as if
/// the app had a bug. An unreachable or restarting database is 503 (with Retry-After), a real bug stays 500. The
/// end-to-end proof on PostgreSQL is PostgresRestartTests; these pin the classification.
/// </summary>
public sealed class FailureStatusTests
{
    [Fact]
    public void A_transient_or_restarting_database_is_503_even_when_wrapped_by_EF()
    {
        var refused = new ProviderException(transient: true, state: null);
        var startingUp = new ProviderException(transient: false, state: "57P03");
        var connectionLost = new ProviderException(transient: false, state: "08006");
        Assert.Equal(503, FailureStatus.For(refused));
        Assert.Equal(503, FailureStatus.For(new DbUpdateException("save failed", startingUp)));
        Assert.Equal(503, FailureStatus.For(new InvalidOperationException("transient", new DbUpdateException("x", connectionLost))));
    }

    [Fact]
    public void A_bug_stays_500_and_a_bad_body_keeps_its_status()
    {
        Assert.Equal(500, FailureStatus.For(new InvalidOperationException("bug")));
        Assert.Equal(500, FailureStatus.For(new DbUpdateException("constraint", new SqliteException("UNIQUE constraint failed", 19))));
        Assert.Equal(500, FailureStatus.For(new ProviderException(transient: false, state: "23505")));
        Assert.Equal(413, FailureStatus.For(new BadHttpRequestException("too large", 413)));
    }

    /// <summary>A provider exception as Npgsql raises them: transient flag and SQLSTATE.</summary>
    private sealed class ProviderException(bool transient, string? state) : DbException("database")
    {
        public override bool IsTransient => transient;

        public override string? SqlState => state;
    }
}
