using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.PostgreSql;

/// <summary>PostgreSQL: plans from its statistics; JSON through <c>-&gt;&gt;</c> on a <c>json</c> cast.</summary>
internal sealed class PostgreSqlDialect : ISqlDialect
{
    public bool PlansWithoutStatistics => false;

    public string JsonInteger(string column, string property) => $"({column}::json ->> '{property}')::bigint";
}
