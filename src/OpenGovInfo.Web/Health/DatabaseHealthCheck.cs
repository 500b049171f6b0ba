using Microsoft.Extensions.Diagnostics.HealthChecks;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Web.Health;

/// <summary>Healthy when the database answers.</summary>
public sealed class DatabaseHealthCheck(OpenGovInfoDbContext db, DatabaseOptions options) : IHealthCheck
{
    /// <inheritdoc />
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object> { ["provider"] = options.Provider.ToString() };
        return await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("数据库连接正常", data)
            : HealthCheckResult.Unhealthy("数据库无法连接", data: data);
    }
}
