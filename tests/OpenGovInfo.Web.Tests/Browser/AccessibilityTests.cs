using System.Text.Json;
using OpenGovInfo.Platform.Demo;
using OpenQA.Selenium;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>axe-core (vendored in axe/) finds no serious or critical violation on the portal pages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    private static readonly Lazy<string> AxeSource = new(() =>
    {
        var path = Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js");
        Assert.True(File.Exists(path), $"axe-core missing at {path} (vendored from the npm package axe-core)");
        return File.ReadAllText(path);
    });

    [Theory]
    [InlineData("/")]
    [InlineData("/agencies/3")]
    [InlineData("/agencies/3/registers")]
    [InlineData("/agencies/3/items")]
    [InlineData("/items/1")]
    [InlineData("/search?q=%E5%85%AC%E5%BC%80")]
    [InlineData("/developers")]
    [InlineData("/apply")]
    [InlineData("/apply/track")]
    [InlineData("/staff/login")]
    [InlineData("/no/such/page")]
    public void Portal_pages_have_no_serious_violations(string path) =>
        app.Browser.Run("axe" + path.Replace('/', '_').Replace('?', '_'), driver =>
        {
            driver.Navigate().GoToUrl(app.Url(path));
            Assert.Contains(path == "/agencies/3" ? DemoDistrict.Bureau : "政府信息公开", driver.PageSource, StringComparison.Ordinal);
            var js = (IJavaScriptExecutor)driver;
            js.ExecuteScript(AxeSource.Value);
            var json = (string?)js.ExecuteAsyncScript(
                "var done = arguments[arguments.length - 1];" +
                "axe.run(document, { resultTypes: ['violations'] })" +
                ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return { id: v.id, impact: v.impact, nodes: v.nodes.length }; }))); })" +
                ".catch(function (e) { done('ERROR ' + e); });");
            Assert.NotNull(json);
            Assert.StartsWith("[", json, StringComparison.Ordinal);
            using var violations = JsonDocument.Parse(json);
            var serious = violations.RootElement.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()} nodes)")
                .ToList();
            Assert.True(serious.Count == 0, $"{path}: " + string.Join(", ", serious));
        });
}
