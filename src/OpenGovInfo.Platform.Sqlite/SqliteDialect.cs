using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Sqlite;

/// <summary>SQLite: no statistics unless ANALYZE runs (the platform never runs it); JSON through <c>json_extract</c>.</summary>
internal sealed class SqliteDialect : ISqlDialect
{
    public bool PlansWithoutStatistics => true;

    public string JsonInteger(string column, string property) => $"json_extract({column}, '$.{property}')";
}
