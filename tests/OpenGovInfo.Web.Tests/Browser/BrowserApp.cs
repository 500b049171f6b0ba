using OpenGovInfo.Testing.Browser;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>One headless Chromium and the demo app on a real Kestrel port (SQLite), shared by the browser tests.</summary>
public sealed class BrowserApp : IDisposable
{
    private readonly OgiWebFactory<Program> _app;

    /// <summary>Starts the app, then the browser.</summary>
    public BrowserApp()
    {
        _app = new OgiWebFactory<Program>(TestDatabase.Sqlite());
        BaseAddress = _app.StartKestrel();
        Browser = new ChromiumBrowser();
    }

    /// <summary>The browser.</summary>
    public ChromiumBrowser Browser { get; }

    /// <summary>Where the app listens (http://127.0.0.1:port/).</summary>
    public Uri BaseAddress { get; }

    /// <summary>An absolute URL for <paramref name="path"/>.</summary>
    public string Url(string path) => new Uri(BaseAddress, path).ToString();

    /// <inheritdoc />
    public void Dispose()
    {
        Browser.Dispose();
        _app.Dispose();
    }
}

/// <summary>Browser tests run one at a time in one browser.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    /// <summary>Collection name.</summary>
    public const string Name = "browser";
}
