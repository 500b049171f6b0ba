using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;

namespace OpenGovInfo.Testing.Browser;

/// <summary>
/// One headless Chromium for a test run (xunit collection fixture), driven by the system chromedriver (Selenium
/// Manager cannot download here). Missing binaries FAIL the tests, naming the Debian packages.
/// Use <see cref="Run"/> so that a failure leaves a screenshot in TestResults/screenshots/.
/// </summary>
public sealed class ChromiumBrowser : IDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private const string DriverPath = "/usr/bin/chromedriver";
    private readonly string _profile;
    private readonly ChromeDriver _driver;

    /// <summary>Starts the browser.</summary>
    public ChromiumBrowser()
    {
        if (!File.Exists(ChromiumPath) || !File.Exists(DriverPath))
        {
            throw new InvalidOperationException(
                $"Headless browser not found ({ChromiumPath}, {DriverPath}): install the Debian packages 'chromium' and 'chromium-driver' (scripts/install-test-deps.sh).");
        }

        _profile = Directory.CreateTempSubdirectory("ogi-chromium-").FullName;
        var options = new ChromeOptions { BinaryLocation = ChromiumPath };
        options.AddArguments(
            "--no-sandbox", "--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900", "--lang=zh-CN",
            $"--user-data-dir={_profile}");
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(DriverPath)!, Path.GetFileName(DriverPath));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        _driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        _driver.Manage().Timeouts().AsynchronousJavaScript = TimeSpan.FromSeconds(60);
    }

    /// <summary>The driver (one tab; tests run one at a time in the browser collection).</summary>
    public IWebDriver Driver => _driver;

    /// <summary>Folder for failure screenshots.</summary>
    public static string ScreenshotFolder => Path.Combine(SharedPaths.RepositoryRoot, "TestResults", "screenshots");

    /// <summary>Runs <paramref name="steps"/>; on failure saves <c>{name}.png</c> and rethrows.</summary>
    public void Run(string name, Action<IWebDriver> steps)
    {
        try
        {
            steps(_driver);
        }
        catch (Exception)
        {
            SaveScreenshot(name);
            throw;
        }
    }

    /// <summary>Saves a screenshot of the current page and returns its path.</summary>
    public string SaveScreenshot(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"{name}-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}.png");
        _driver.GetScreenshot().SaveAsFile(path);
        return path;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _driver.Quit();
        _driver.Dispose();
        Directory.Delete(_profile, recursive: true);
    }
}
