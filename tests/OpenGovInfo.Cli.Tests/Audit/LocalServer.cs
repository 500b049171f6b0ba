using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenGovInfo.Cli.Tests.Audit;

/// <summary>A web server on a free local port serving fixed pages (404 for anything else), for <c>--fetch</c> tests.</summary>
internal sealed class LocalServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, string> pages;
    private readonly Task loop;

    public LocalServer(Dictionary<string, string> pages)
    {
        this.pages = pages;
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(Serve);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException ex) when (ex.InnerException is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends GetContextAsync with one of these: that is how the loop ends.
        }
    }

    private async Task Serve()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
                return; // stopped
            }

            var found = pages.TryGetValue(context.Request.Url!.AbsolutePath, out var page);
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            var bytes = Encoding.UTF8.GetBytes(found ? page! : "<html><body>404</body></html>");
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
