using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Reliability.Infrastructure;

/// <summary>
/// The web app as a real, separate process (its own build output, run from the project folder as a deployment runs
/// from its own), on a free loopback port. Killed with SIGKILL by its own process id, never by name.
/// </summary>
public sealed class WebProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _log = new();

    private WebProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    /// <summary>http://127.0.0.1:port/.</summary>
    public Uri Address { get; }

    /// <summary>The process id.</summary>
    public int Id => _process.Id;

    /// <summary>True while the process runs.</summary>
    public bool Running => !_process.HasExited;

    /// <summary>The last lines the process wrote, for failure messages.</summary>
    public string Log
    {
        get
        {
            lock (_log)
            {
                return _log.Length > 8000 ? _log.ToString(_log.Length - 8000, 8000) : _log.ToString();
            }
        }
    }

    /// <summary>
    /// Every distinct exception headline the app logged as unhandled, with how often: a failure message must name the
    /// exception behind one odd status among thousands, which the log's tail rarely still holds.
    /// </summary>
    public string UnhandledExceptions
    {
        get
        {
            string[] lines;
            lock (_log)
            {
                lines = _log.ToString().Split('\n');
            }

            var headlines = lines.Zip(lines.Skip(1))
                .Where(pair => pair.First.Contains("An unhandled exception has occurred", StringComparison.Ordinal))
                .Select(pair => pair.Second.Trim())
                .Concat(lines.Where(l => l.TrimStart().StartsWith("---> ", StringComparison.Ordinal)).Select(l => "  " + l.Trim()));
            return string.Join('\n', headlines.GroupBy(h => h).Select(g => $"{g.Count()} × {g.Key}"));
        }
    }

    /// <summary>The settings every launched app gets: rate limits raised (load and fault runs send from one address, as one applicant).</summary>
    public static IReadOnlyDictionary<string, string> LoadSettings { get; } = new Dictionary<string, string>
    {
        ["Applications__SubmissionsPerHour"] = "10000000",
        ["Applications__LookupsPerMinute"] = "10000000",
        // The load is one applicant submitting thousands of times: the per-applicant limit is off, as the per-address one is raised.
        ["Applications__SubmissionsPerApplicantPerDay"] = "0",
        ["SignIn__FailuresPerAddress"] = "100000",
        ["SignIn__PostsPerAddressPerMinute"] = "100000",
    };

    /// <summary>The build output folder of the web app (same configuration as this test assembly).</summary>
    public static string OutputFolder
    {
        get
        {
            var relative = typeof(WebProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
                .Single(a => a.Key == "WebOutput").Value!;
            return SharedPaths.InRepository(relative.Split('/'));
        }
    }

    /// <summary>Starts the app on <paramref name="database"/> with the demo district, and waits until /health answers 200.</summary>
    /// <param name="database">The database.</param>
    /// <param name="settings">Extra configuration as environment variables (<c>Section__Key</c>).</param>
    /// <param name="port">A port to reuse (a restart after a kill keeps the address); a free one when null.</param>
    public static async Task<WebProcess> StartAsync(TestDatabase database, IReadOnlyDictionary<string, string>? settings = null, int? port = null)
    {
        var dll = Path.Combine(OutputFolder, "OpenGovInfo.Web.dll");
        Assert.True(File.Exists(dll), $"{dll} is missing: build src/OpenGovInfo.Web in the test's configuration.");
        var address = new Uri($"http://127.0.0.1:{port ?? FreePort()}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = SharedPaths.InRepository("src", "OpenGovInfo.Web"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        var environment = new Dictionary<string, string>(LoadSettings)
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Testing",
            ["ASPNETCORE_URLS"] = address.ToString().TrimEnd('/'),
            ["Database__Provider"] = database.Provider,
            ["ConnectionStrings__OpenGovInfo"] = database.ConnectionString,
            ["Demo__Seed"] = "true",
            ["Demo__Password"] = OgiWebFactory<Program>.DemoPassword,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__Console__FormatterName"] = "simple",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var web = new WebProcess(process, address);
        process.OutputDataReceived += (_, e) => web.Append(e.Data);
        process.ErrorDataReceived += (_, e) => web.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        // Generous: on a starved shared machine a cold start of the Release build has taken over two minutes.
        await web.WaitHealthyAsync(TimeSpan.FromSeconds(300));
        return web;
    }

    /// <summary>A client for this process (no redirects followed, optional cookie container).</summary>
    public HttpClient Client(bool cookies = false, TimeSpan? timeout = null) =>
        new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = cookies, CookieContainer = new CookieContainer(), MaxConnectionsPerServer = 1000 })
        {
            BaseAddress = Address,
            Timeout = timeout ?? TimeSpan.FromSeconds(30),
        };

    /// <summary>Polls /health (the way a load balancer does) until it answers 200 or <paramref name="timeout"/> passes.</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var until = Stopwatch.StartNew();
        while (until.Elapsed < timeout)
        {
            Assert.False(_process.HasExited, $"the web app exited with {(_process.HasExited ? _process.ExitCode : 0)}:\n{Log}");
            try
            {
                using var response = await client.GetAsync("/health");
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        Assert.Fail($"the web app did not become healthy within {timeout}:\n{Log}");
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the machine loses power or the OOM killer strikes.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: false);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_log)
        {
            _log.AppendLine(line);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
