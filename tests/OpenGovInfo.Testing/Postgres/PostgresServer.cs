using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace OpenGovInfo.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL cluster for one test run (xunit collection fixture): initdb in a temp folder, a random
/// port on 127.0.0.1, the unix socket in the temp folder, stopped and deleted at the end. initdb refuses root, so
/// as root the cluster runs as the <c>postgres</c> OS user. A missing server FAILS the tests, naming the package.
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    private const string MissingPackage =
        "PostgreSQL server binaries (initdb, pg_ctl) not found: install the Debian package 'postgresql' (scripts/install-test-deps.sh).";

    private string _root = string.Empty;
    private string _binaries = string.Empty;
    private int _port;

    /// <summary>The server's bin folder (initdb, pg_dump, pg_restore): client tools of the same version as the server.</summary>
    public string BinariesDirectory => _binaries;

    /// <summary>Connection string of the maintenance database.</summary>
    public string AdminConnectionString { get; private set; } = string.Empty;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _binaries = FindBinaries() ?? throw new InvalidOperationException(MissingPackage);
        _root = Directory.CreateTempSubdirectory("ogi-pg-").FullName;
        _port = FreePort();
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await ExternalProcess.RunAsync("chown", ["-R", "postgres:postgres", _root], TimeSpan.FromSeconds(30));
        }

        var data = Path.Combine(_root, "data");
        await RunAsync(asRoot, "initdb", ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-locale", "--no-sync"]);
        await StartAsync();
        AdminConnectionString = ConnectionString("postgres");
    }

    /// <summary>
    /// Stops the server (<c>-m fast</c>: open connections are cut, as in a failover or a restart for maintenance), for
    /// tests of how the app lives through a database outage. Not <c>immediate</c>: this cluster runs with
    /// synchronous_commit=off for speed, so a crash could lose commits already acknowledged — a loss of PostgreSQL's
    /// configuration, not of the app. <see cref="StartAsync"/> brings it back on the same port.
    /// </summary>
    public async Task StopAsync()
    {
        await RunAsync(Environment.UserName == "root", "pg_ctl", ["-D", Path.Combine(_root, "data"), "-m", "fast", "-w", "stop"]);
        // This process's pooled connections died with the server; the app under test must cope on its own.
        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>Starts (or restarts) the server on its port and waits until it accepts connections.</summary>
    public Task StartAsync()
    {
        var options = $"-p {_port} -k {_root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
        return RunAsync(Environment.UserName == "root", "pg_ctl",
            ["-D", Path.Combine(_root, "data"), "-o", options, "-l", Path.Combine(_root, "server.log"), "-w", "-t", "60", "start"]);
    }

    /// <summary>
    /// Creates a database (one per test class) and returns its connection string: empty, or a copy of
    /// <paramref name="template"/> (see <see cref="Web.DatabaseTemplate"/>).
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "t", string? template = null)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}".ToLowerInvariant();
        await using var connection = new NpgsqlConnection(AdminConnectionString);
        await connection.OpenAsync();
        var copy = template is null ? string.Empty : $" TEMPLATE \"{template}\"";
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"{copy}", connection);
        await command.ExecuteNonQueryAsync();
        return ConnectionString(name);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_root.Length == 0)
        {
            return;
        }

        if (AdminConnectionString.Length > 0)
        {
            await RunAsync(Environment.UserName == "root", "pg_ctl", ["-D", Path.Combine(_root, "data"), "-m", "immediate", "-w", "stop"]);
        }

        Directory.Delete(_root, recursive: true);
    }

    private string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1", Port = _port, Username = "postgres", Database = database, Pooling = true, MaxPoolSize = 20,
        }.ConnectionString;

    private Task RunAsync(bool asRoot, string tool, IEnumerable<string> arguments)
    {
        var path = Path.Combine(_binaries, tool);
        return asRoot
            ? ExternalProcess.RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments], TimeSpan.FromMinutes(2))
            : ExternalProcess.RunAsync(path, arguments, TimeSpan.FromMinutes(2));
    }

    private static string? FindBinaries()
    {
        const string debianRoot = "/usr/lib/postgresql";
        if (!Directory.Exists(debianRoot))
        {
            return null;
        }

        return Directory.GetDirectories(debianRoot)
            .Select(d => Path.Combine(d, "bin"))
            .Where(bin => File.Exists(Path.Combine(bin, "initdb")))
            .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var v) ? v : 0)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
