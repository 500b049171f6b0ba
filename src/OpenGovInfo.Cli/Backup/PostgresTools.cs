using System.Diagnostics;
using Npgsql;

namespace OpenGovInfo.Cli.Backup;

/// <summary>
/// Finds and runs <c>pg_dump</c> / <c>pg_restore</c>. The connection goes in PG* environment variables, never in the
/// arguments: a password on a command line is readable by every user of the machine through <c>ps</c> and /proc.
/// </summary>
internal static class PostgresTools
{
    private const string DebianRoot = "/usr/lib/postgresql";

    /// <summary>The tool in <paramref name="binDirectory"/> if given, else on PATH, else the newest /usr/lib/postgresql/*/bin.</summary>
    public static string Find(string tool, string? binDirectory)
    {
        if (!string.IsNullOrWhiteSpace(binDirectory))
        {
            var given = Path.Combine(binDirectory, tool);
            return File.Exists(given) ? given : throw new BackupRefusedException($"在“{binDirectory}”中找不到 {tool}。");
        }

        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(d => Path.Combine(d, tool))
            .FirstOrDefault(File.Exists);
        if (onPath is not null)
        {
            return onPath;
        }

        var debian = Directory.Exists(DebianRoot)
            ? Directory.GetDirectories(DebianRoot)
                .Select(d => Path.Combine(d, "bin", tool))
                .Where(File.Exists)
                .OrderByDescending(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0)
                .FirstOrDefault()
            : null;
        return debian ?? throw new BackupRefusedException(
            $"找不到 {tool}：请安装 PostgreSQL 客户端（Debian/Ubuntu：postgresql-client，版本不低于服务器），或用 --pg-bin 指定其所在目录。");
    }

    /// <summary>Runs a tool with the connection in its environment; returns exit code, stdout and stderr.</summary>
    public static async Task<(int Code, string Output, string Errors)> RunAsync(
        string tool, IEnumerable<string> arguments, NpgsqlConnectionStringBuilder connection, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Set(start, "PGHOST", connection.Host);
        Set(start, "PGPORT", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Set(start, "PGUSER", connection.Username);
        Set(start, "PGDATABASE", connection.Database);
        Set(start, "PGPASSWORD", connection.Password);
        Set(start, "PGSSLMODE", SslMode(connection.SslMode));
        Set(start, "PGAPPNAME", "ogi");
        Set(start, "PGCONNECT_TIMEOUT", Math.Max(connection.Timeout, 2).ToString(System.Globalization.CultureInfo.InvariantCulture));

        using var process = Process.Start(start) ?? throw new BackupRefusedException($"无法启动 {tool}。", 1);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output, await errors);
    }

    /// <summary>The last lines of a tool's stderr, for a one-paragraph Chinese error.</summary>
    public static string Tail(string errors) =>
        string.Join(" ", errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(3));

    private static void Set(ProcessStartInfo start, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            start.Environment[name] = value;
        }
    }

    private static string SslMode(SslMode mode) => mode switch
    {
        Npgsql.SslMode.Disable => "disable",
        Npgsql.SslMode.Allow => "allow",
        Npgsql.SslMode.Require => "require",
        Npgsql.SslMode.VerifyCA => "verify-ca",
        Npgsql.SslMode.VerifyFull => "verify-full",
        _ => "prefer",
    };
}
