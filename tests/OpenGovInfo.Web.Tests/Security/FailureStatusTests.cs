using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Web.Hosting;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>
/// Found by the reliability suite (PostgresRestartTests): a database restart answered every request with 500, as if
/// the app had a bug. An unreachable or restarting database is 503 (with Retry-After), a real bug stays 500.
/// </summary>
public sealed class FailureStatusTests
{
    private const int SqliteBusy = 5;

    [Fact]
    public void A_busy_or_unreachable_database_is_503_even_when_wrapped_by_EF()
    {
        var busy = new SqliteException("database is locked", SqliteBusy);
        Assert.Equal(503, FailureStatus.For(busy));
        Assert.Equal(503, FailureStatus.For(new DbUpdateException("save failed", busy)));
        Assert.Equal(503, FailureStatus.For(new InvalidOperationException("transient", new DbUpdateException("x", busy))));
    }

    [Fact]
    public void A_bug_stays_500_and_a_bad_body_keeps_its_status()
    {
        Assert.Equal(500, FailureStatus.For(new InvalidOperationException("bug")));
        Assert.Equal(500, FailureStatus.For(new DbUpdateException("constraint", new SqliteException("UNIQUE constraint failed", 19))));
        Assert.Equal(413, FailureStatus.For(new BadHttpRequestException("too large", 413)));
    }
}
