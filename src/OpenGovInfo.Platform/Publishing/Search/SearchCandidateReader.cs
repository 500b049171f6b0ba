using System.Data.Common;
using System.Globalization;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Runs one scan of an engine's full-text table and reads its rows as <see cref="SearchCandidate"/>s.</summary>
public static class SearchCandidateReader
{
    /// <summary>
    /// Runs <paramref name="sql"/> (columns: id, relevance, words match) with @q = <paramref name="expression"/>,
    /// @w = <paramref name="words"/> and @n = <see cref="ISearchCandidates.Limit"/> + 1. The words go in as bound
    /// parameters (quoted term by term by the query), never into the SQL text. With <paramref name="ids"/>, @lo and
    /// @hi are its bounds (both inclusive).
    /// </summary>
    public static async Task<List<SearchCandidate>> ReadAsync(
        DbConnection connection, string sql, string expression, object words, CancellationToken cancellationToken,
        (int From, int To)? ids = null)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var candidates = new List<SearchCandidate>();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@q", expression);
        Add(command, "@w", words);
        Add(command, "@n", ISearchCandidates.Limit + 1);
        if (ids is { } range)
        {
            Add(command, "@lo", range.From);
            Add(command, "@hi", range.To);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            candidates.Add(new SearchCandidate(reader.GetInt32(0), Convert.ToDouble(reader.GetValue(1), CultureInfo.InvariantCulture),
                Convert.ToBoolean(reader.GetValue(2), CultureInfo.InvariantCulture)));
        }

        return candidates;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
