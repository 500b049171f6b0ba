namespace OpenGovInfo.Web.Hosting;

/// <summary>
/// The address the app listens on when nothing else says: http://localhost:5080. It is set here rather than in the
/// launch profile, because a launch profile's <c>applicationUrl</c> overrides <c>ASPNETCORE_URLS</c> under
/// <c>dotnet run</c>; this way <c>ASPNETCORE_URLS</c>, <c>--urls</c>, <c>HTTP_PORTS</c> and <c>Kestrel:Endpoints</c> all win.
/// </summary>
public static class DefaultUrls
{
    /// <summary>The default address.</summary>
    public const string Url = "http://localhost:5080";

    /// <summary>Applies <see cref="Url"/> unless the configuration chooses an address.</summary>
    public static void Apply(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (string.IsNullOrEmpty(configuration["urls"]) && string.IsNullOrEmpty(configuration["http_ports"])
            && string.IsNullOrEmpty(configuration["https_ports"]) && !configuration.GetSection("Kestrel:Endpoints").Exists())
        {
            builder.WebHost.UseUrls(Url);
        }
    }

    /// <summary>The first address the app listens on, for the start-up message.</summary>
    public static string First(IConfiguration configuration) =>
        (configuration["urls"] is { Length: > 0 } urls ? urls : Url).Split(';')[0];
}
