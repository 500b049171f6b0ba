using System.Data.Common;

namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// An open connection of <see cref="PublicReadPool"/> with the public read statements it has prepared so far. A
/// statement is prepared on first use and then only re-bound: SQLite keeps the compiled statement in the command, and
/// Npgsql keeps the server-side prepared statement on the physical connection.
/// </summary>
internal sealed class PreparedConnection(DbConnection connection) : IAsyncDisposable
{
    private readonly DbCommand?[] _commands = new DbCommand?[PublicReadSql.StatementCount];

    /// <summary>
    /// The command for statement <paramref name="key"/> with its parameters set to <paramref name="values"/> (in the
    /// order of the statement's <see cref="PublicReadSql.Parameters"/>), prepared on this connection.
    /// </summary>
    public async ValueTask<DbCommand> CommandAsync(int key, ReadOnlyMemory<object> values, CancellationToken cancellationToken)
    {
        if (_commands[key] is { } prepared)
        {
            for (var i = 0; i < values.Length; i++)
            {
                prepared.Parameters[i].Value = values.Span[i];
            }

            return prepared;
        }

        var command = connection.CreateCommand();
        command.CommandText = PublicReadSql.Text(key);
        var names = PublicReadSql.Parameters(key);
        for (var i = 0; i < names.Count; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = names[i];
            // Npgsql infers the parameter types it prepares with from these first values; every later value has the
            // same CLR type (int, string, UTC DateTime), so the prepared statement stays valid.
            parameter.Value = values.Span[i];
            command.Parameters.Add(parameter);
        }

        await command.PrepareAsync(cancellationToken);
        _commands[key] = command;
        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _commands)
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }

        await connection.DisposeAsync();
    }
}
