using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenGovInfo.Testing.Web;

/// <summary>
/// Runs the web app on a <see cref="TestDatabase"/> in a chosen environment: in memory (TestServer) for HTTP tests,
/// or on a real Kestrel port on 127.0.0.1 for the browser (<see cref="StartKestrel"/>).
/// </summary>
public sealed class OgiWebFactory<TProgram>(TestDatabase database, string environment = "Testing", bool seedDemo = true,
    IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? replaceServices = null)
    : WebApplicationFactory<TProgram>
    where TProgram : class
{
    /// <summary>The demo password used by the tests (same policy as production passwords).</summary>
    public const string DemoPassword = "Test#Pingqiao2026";

    /// <summary>Id of the personal-data key generated for this test run.</summary>
    public const string RunKeyId = "testrun";

    /// <summary>The personal-data key generated for this test run (base64).</summary>
    public static readonly string RunKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));

    /// <summary>The applicant hash key generated for this test run (base64).</summary>
    public static readonly string RunHashKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    /// <summary>A GET of this path throws, to exercise the 500 page.</summary>
    public const string ThrowingPath = "/test/boom";

    /// <summary>The database the app uses.</summary>
    public TestDatabase Database => database;

    /// <summary>Base address of the Kestrel server after <see cref="StartKestrel"/>.</summary>
    public Uri? KestrelAddress { get; private set; }

    /// <summary>Starts the app on a free port on 127.0.0.1 and returns its address.</summary>
    public Uri StartKestrel()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        KestrelAddress = new Uri(address);
        return KestrelAddress;
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        database.DeleteFiles();
    }

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Database:Provider", database.Provider);
        builder.UseSetting("ConnectionStrings:OpenGovInfo", database.ConnectionString);
        builder.UseSetting("Demo:Seed", seedDemo ? "true" : "false");
        builder.UseSetting("Demo:Password", DemoPassword);
        // Every in-memory test client shares one (absent) address: per-address sign-in limits would make the suite's
        // many sign-ins depend on test order. Tests of the limits set their own values through settings.
        builder.UseSetting("SignIn:FailuresPerAddress", "100000");
        builder.UseSetting("SignIn:PostsPerAddressPerMinute", "100000");
        // Keys generated for this test run, as a secret store would supply them (Production refuses the development
        // key); one set per process, so that two nodes on one database read each other's rows.
        builder.UseSetting("PersonalData:Keys:" + RunKeyId, RunKey);
        builder.UseSetting("PersonalData:CurrentKey", RunKeyId);
        builder.UseSetting("PersonalData:HashKey", RunHashKey);
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.ConfigureServices(services => services.AddTransient<IStartupFilter, ThrowingEndpointFilter>());
        // After the app's own registrations, so a test can swap in a fake clock or an observing decorator.
        builder.ConfigureTestServices(services => replaceServices?.Invoke(services));
    }

    /// <summary>
    /// Adds a throwing terminal middleware AFTER the app's pipeline, so the app's own exception handler is what
    /// turns it into the 500 page — exactly as for a real bug.
    /// </summary>
    private sealed class ThrowingEndpointFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Use((context, nextMiddleware) => context.Request.Path == ThrowingPath
                ? throw new InvalidOperationException("Deliberate test failure: SECRET-STACK-MARKER")
                : nextMiddleware(context));
        };
    }
}
