using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Web.Tests.Infrastructure;

/// <summary>
/// The in-memory server has no peer address. This gives each test request one: the header <see cref="Header"/>
/// becomes the connection's remote address before the app's pipeline runs (as Kestrel would set it), so tests can
/// speak as a known proxy, an unknown host, or many different clients.
/// </summary>
public static class ClientAddress
{
    /// <summary>The test-only header carrying the peer address.</summary>
    public const string Header = "X-Test-Peer";

    /// <summary>An app like <paramref name="factory"/> whose requests take their peer address from <see cref="Header"/>.</summary>
    public static Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program> WithPeerAddresses(OgiWebFactory<Program> factory) =>
        factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services => services.AddTransient<IStartupFilter, PeerFilter>()));

    /// <summary>A request from <paramref name="peer"/>.</summary>
    public static HttpRequestMessage From(string peer, HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(Header, peer);
        return request;
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers.TryGetValue(Header, out var peer) && IPAddress.TryParse(peer.ToString(), out var address))
                {
                    context.Connection.RemoteIpAddress = address;
                }

                return nextMiddleware(context);
            });
            next(app);
        };
    }
}
