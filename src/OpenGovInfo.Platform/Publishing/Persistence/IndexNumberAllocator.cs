using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Takes the next 索引号 sequence of an agency and year with one atomic upsert. Must run inside the caller's
/// transaction: PostgreSQL row-locks the counter until commit (other nodes wait, then read the new value); SQLite holds
/// the write lock (Microsoft.Data.Sqlite begins transactions IMMEDIATE). The same statement works on both.
/// </summary>
internal static class IndexNumberAllocator
{
    private const string Sql = """
        INSERT INTO index_counters ("AgencyId", "Year", "Last") VALUES (@agency, @year, 1)
        ON CONFLICT ("AgencyId", "Year") DO UPDATE SET "Last" = index_counters."Last" + 1
        RETURNING "Last"
        """;

    public static async Task<int> NextAsync(OpenGovInfoDbContext db, int agencyId, int year, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("The index number must be taken inside the publishing transaction.");
        var connection = db.Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = transaction.GetDbTransaction();
        command.CommandText = Sql;
        Add(command, "@agency", agencyId);
        Add(command, "@year", year);
        var value = await command.ExecuteScalarAsync(cancellationToken);
        return Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Add(DbCommand command, string name, int value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
