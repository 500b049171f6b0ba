using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.PostgreSql;

/// <summary>Lets `dotnet ef` build the context for this provider without a host; no database is contacted.</summary>
public sealed class DesignTimeContextFactory : IDesignTimeDbContextFactory<OpenGovInfoDbContext>
{
    /// <inheritdoc />
    public OpenGovInfoDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<OpenGovInfoDbContext>();
        PlatformDatabase.Configure(builder, new PostgreSqlDatabaseProvider(), "Host=localhost;Database=opengovinfo_design");
        return new OpenGovInfoDbContext(builder.Options);
    }
}
