using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// Writes entity rows straight to their tables, columns and stored values as the EF model maps them (value converters
/// applied): a prepared INSERT in one transaction on SQLite, binary COPY on PostgreSQL. Only for loading millions of
/// benchmark rows, which SaveChanges would take many minutes to write; the rows themselves are built as the platform
/// builds them.
/// </summary>
internal static class BulkRows
{
    internal static async Task WriteAsync<T>(OpenGovInfoDbContext db, IReadOnlyCollection<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException(typeof(T).Name);
        var table = entity.GetTableName()!;
        var properties = entity.GetProperties().ToList();
        var columns = properties.Select(p => p.GetColumnName()).ToList();
        var converters = properties.Select(p => p.GetValueConverter() ?? p.GetTypeMapping().Converter).ToList();
        object? Value(T row, int i)
        {
            var value = properties[i].PropertyInfo!.GetValue(row);
            return value is null ? null : converters[i] is { } converter ? converter.ConvertToProvider(value) : value;
        }

        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();
        if (connection is NpgsqlConnection postgres)
        {
            var copy = $"COPY {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) FROM STDIN (FORMAT BINARY)";
            await using var importer = await postgres.BeginBinaryImportAsync(copy);
            foreach (var row in rows)
            {
                await importer.StartRowAsync();
                for (var i = 0; i < properties.Count; i++)
                {
                    switch (Value(row, i))
                    {
                        case null: await importer.WriteNullAsync(); break;
                        case int v: await importer.WriteAsync(v, NpgsqlDbType.Integer); break;
                        case long v: await importer.WriteAsync(v, NpgsqlDbType.Bigint); break;
                        case bool v: await importer.WriteAsync(v, NpgsqlDbType.Boolean); break;
                        case string v: await importer.WriteAsync(v, NpgsqlDbType.Text); break;
                        case DateOnly v: await importer.WriteAsync(v, NpgsqlDbType.Date); break;
                        case DateTime v: await importer.WriteAsync(DateTime.SpecifyKind(v, DateTimeKind.Utc), NpgsqlDbType.TimestampTz); break;
                        case var v: throw new NotSupportedException($"{table}.{columns[i]}: {v.GetType()}");
                    }
                }
            }

            await importer.CompleteAsync();
            return;
        }

        var sqlite = (SqliteConnection)connection;
        await using var transaction = (SqliteTransaction)await sqlite.BeginTransactionAsync();
        await using var command = sqlite.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => $"$p{i}"))})";
        var parameters = columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToList();
        command.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < properties.Count; i++)
            {
                parameters[i].Value = Value(row, i) ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }

    /// <summary>Runs one statement (ANALYZE, a baseline aggregate) and returns its rows.</summary>
    internal static async Task<List<object[]>> QueryAsync(OpenGovInfoDbContext db, string sql)
    {
        await db.Database.OpenConnectionAsync();
        await using DbCommand command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 600;
        var rows = new List<object[]>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            var values = new object[reader.FieldCount];
            reader.GetValues(values);
            rows.Add(values);
        }

        return rows;
    }
}
