using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Sqlite;

/// <summary>Lets `dotnet ef` build the context for this provider without a host; no database is contacted.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<OpenGovInfoDbContext>
{
    /// <inheritdoc />
    public OpenGovInfoDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<OpenGovInfoDbContext>();
        PlatformDatabase.Configure(builder, new SqliteDatabaseProvider(), "Data Source=design-time.db");
        return new OpenGovInfoDbContext(builder.Options);
    }
}
