using System.Drawing;
using System.Net.Http.Json;
using System.Text.Json;
using OpenGovInfo.Platform.Demo;
using OpenQA.Selenium;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// At a 390 px phone viewport no public page scrolls sideways (issue #13, item 5): wide tables scroll inside their
/// own box, the filters' category drop-down stays on screen, and the 年报's tables stay inside the page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ResponsiveBrowserTests(BrowserApp app)
{
    private const int PhoneWidth = 390;

    [Fact]
    public async Task No_public_page_scrolls_sideways_at_390_px()
    {
        var pages = await PublicPagesAsync();
        var driver = app.Browser.Driver;
        var js = (IJavaScriptExecutor)driver;
        var original = driver.Manage().Window.Size;
        driver.Manage().Window.Size = new Size(PhoneWidth, 844);
        try
        {
            var failures = new List<string>();
            foreach (var path in pages)
            {
                app.Browser.Run("responsive" + path.Replace('/', '_').Replace('?', '_'), d =>
                {
                    d.Navigate().GoToUrl(app.Url(path));
                    var inner = Convert.ToInt64(js.ExecuteScript("return window.innerWidth;"), System.Globalization.CultureInfo.InvariantCulture);
                    Assert.InRange(inner, 360, PhoneWidth);
                    var scroll = Convert.ToInt64(js.ExecuteScript("return document.documentElement.scrollWidth;"), System.Globalization.CultureInfo.InvariantCulture);
                    if (scroll > inner)
                    {
                        // Name the widest elements, so that a failure says what to fix.
                        var wide = (string)js.ExecuteScript(
                            "return Array.from(document.querySelectorAll('body *')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
                            ".slice(0, 5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ');")!;
                        failures.Add($"{path}: scrollWidth {scroll} > innerWidth {inner} ({wide})");
                        app.Browser.SaveScreenshot("responsive-wide" + path.Replace('/', '_').Replace('?', '_'));
                    }

                    // Controls and tables must also fit where the page clips them (overflow hidden would hide a cut-off).
                    var offscreen = (string)js.ExecuteScript(
                        "return Array.from(document.querySelectorAll('select, input, button, main table')).filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)" +
                        ".map(e => e.tagName + '#' + e.id).join(', ');")!;
                    if (offscreen.Length > 0)
                    {
                        failures.Add($"{path}: off screen: {offscreen}");
                    }
                });
            }

            Assert.True(failures.Count == 0, string.Join('\n', failures));
        }
        finally
        {
            driver.Manage().Window.Size = original;
        }
    }

    [Fact]
    public async Task The_annual_reports_tables_scroll_inside_their_own_box_on_a_phone()
    {
        var report = await AnnualReportPathAsync();
        var driver = app.Browser.Driver;
        var js = (IJavaScriptExecutor)driver;
        var original = driver.Manage().Window.Size;
        driver.Manage().Window.Size = new Size(PhoneWidth, 844);
        try
        {
            app.Browser.Run("responsive-report", d =>
            {
                d.Navigate().GoToUrl(app.Url(report));
                var tables = JsonDocument.Parse((string)js.ExecuteScript(
                    "return JSON.stringify(Array.from(document.querySelectorAll('.rich-text table')).map(t => ({ right: t.getBoundingClientRect().right, client: t.clientWidth, scroll: t.scrollWidth, overflow: getComputedStyle(t).overflowX })));")!);
                var list = tables.RootElement.EnumerateArray().ToList();
                Assert.True(list.Count >= 3, $"{list.Count} tables in the 年报");
                Assert.All(list, t => Assert.True(t.GetProperty("right").GetDouble() <= PhoneWidth + 1, "a table's box runs off the page"));
                // At least the wide tables (the report engine writes its tables with many columns) do scroll inside, and can: overflow-x is auto.
                Assert.Contains(list, t => t.GetProperty("scroll").GetInt32() > t.GetProperty("client").GetInt32());
                Assert.All(list, t => Assert.Equal("auto", t.GetProperty("overflow").GetString()));
            });
        }
        finally
        {
            driver.Manage().Window.Size = original;
        }
    }

    /// <summary>Portal home, agency column, item list, an item, search results, the 年报, the developer page.</summary>
    private async Task<List<string>> PublicPagesAsync()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var bureau = agencies.EnumerateArray().Single(a => a.GetProperty("name").GetString() == DemoDistrict.Bureau).GetProperty("id").GetInt32();
        var items = await client.GetFromJsonAsync<JsonElement>($"/api/v1/items?agency={bureau}&pageSize=1");
        var item = items.GetProperty("items")[0].GetProperty("id").GetInt32();
        return ["/", $"/agencies/{bureau}", $"/agencies/{bureau}/items", $"/agencies/{bureau}/items?category=work_updates&year=2023",
            $"/items/{item}", "/search?q=%E5%85%AC%E5%BC%80", await AnnualReportPathAsync(), $"/agencies/{bureau}/registers", "/developers", "/apply", "/apply/track"];
    }

    /// <summary>The bureau's 2023 report (the report engine's HTML with its six tables), published in 2024.</summary>
    private async Task<string> AnnualReportPathAsync()
    {
        using var client = new HttpClient { BaseAddress = app.BaseAddress };
        var agencies = await client.GetFromJsonAsync<JsonElement>("/api/v1/agencies");
        var bureau = agencies.EnumerateArray().Single(a => a.GetProperty("name").GetString() == DemoDistrict.Bureau).GetProperty("id").GetInt32();
        var found = await client.GetFromJsonAsync<JsonElement>($"/api/v1/items?agency={bureau}&year=2024&q=" + Uri.EscapeDataString("工作年度报告"));
        var report = found.GetProperty("items").EnumerateArray().First(i => i.GetProperty("title").GetString()!.EndsWith("政府信息公开工作年度报告", StringComparison.Ordinal));
        return $"/items/{report.GetProperty("id").GetInt32()}";
    }
}
