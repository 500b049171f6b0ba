using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace OpenGovInfo.Web.Security;

/// <summary>
/// Behind a TLS-terminating reverse proxy: X-Forwarded-For and X-Forwarded-Proto are believed only from the proxies
/// and networks configured under <c>ForwardedHeaders</c> (plus loopback, ASP.NET Core's default), so the app sees the
/// client's address (rate limits) and https (HSTS, Secure cookies, https links in feeds and sitemaps). From any other
/// sender the headers are ignored. X-Forwarded-Host is never used: the Host header stays what the client sent.
/// </summary>
public static class ProxySupport
{
    /// <summary>Reads <c>ForwardedHeaders:KnownProxies</c>, <c>:KnownNetworks</c> (CIDR) and <c>:ForwardLimit</c>; bad entries stop the start.</summary>
    public static IServiceCollection AddProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("ForwardedHeaders");
        var proxies = (section.GetSection("KnownProxies").Get<string[]>() ?? [])
            .Select(p => IPAddress.TryParse(p.Trim(), out var ip) ? ip : throw Invalid(p)).ToList();
        var networks = (section.GetSection("KnownNetworks").Get<string[]>() ?? [])
            .Select(n => IPNetwork.TryParse(n.Trim(), out var network) ? network : throw Invalid(n)).ToList();
        var limit = section.GetValue("ForwardLimit", 1);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = limit;
            proxies.ForEach(options.KnownProxies.Add);
            networks.ForEach(options.KnownIPNetworks.Add);
        });
        return services;
    }

    private static InvalidOperationException Invalid(string text) =>
        new($"ForwardedHeaders: \"{text}\" is not an IP address or CIDR network.");
}
