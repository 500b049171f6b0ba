using System.Drawing;
using System.Globalization;
using System.Text.Json;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// Acceptance (#13 item 1): a reviewer returns an editor's draft; the editor finds it in the work queue on the staff home
/// and as a notification, marks it read; the queue and the notifications page fit a 390 px phone and pass the axe scan.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkQueueBrowserTests(BrowserApp app)
{
    private static readonly Lazy<string> AxeSource = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe", "axe.min.js")));

    [Fact]
    public void A_returned_draft_waits_in_the_editors_queue_and_notifications_on_a_phone() =>
        app.Browser.Run(nameof(A_returned_draft_waits_in_the_editors_queue_and_notifications_on_a_phone), driver =>
        {
            var title = "区科工信局走访企业情况（待办浏览器测试）";
            var agencyId = StaffBrowser.SignIn(app, driver, "kgx.editor");
            driver.Navigate().GoToUrl(app.Url($"/staff/agencies/{agencyId}/items/new"));
            driver.FindElement(By.Id("Form_Title")).SendKeys(title);
            driver.FindElement(By.CssSelector("#Form_CategoryCode option[value=work_updates]")).Click();
            driver.FindElement(By.CssSelector(".rte-content")).SendKeys("走访企业二十家。");
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElements(By.Id("item-state")).Count > 0);
            var itemUrl = driver.Url;
            Press(driver, "Submit");
            MarkAllRead(driver);

            StaffBrowser.SignIn(app, driver, "kgx.secrecy");
            Assert.Contains(title, driver.FindElement(By.Id("work-queue")).Text, StringComparison.Ordinal);
            driver.Navigate().GoToUrl(itemUrl);
            driver.FindElement(By.Id("Comment")).SendKeys("请补充走访企业名单的公开依据");
            Press(driver, "Return");

            StaffBrowser.SignIn(app, driver, "kgx.editor");
            var entry = driver.FindElements(By.CssSelector("#work-queue li")).Single(li => li.Text.Contains(title, StringComparison.Ordinal));
            Assert.Contains("已退回，待修改后重新提交", entry.Text, StringComparison.Ordinal);
            Assert.Contains("期限", entry.Text, StringComparison.Ordinal);
            Assert.Equal("1", driver.FindElement(By.Id("unread-count")).Text);
            var dashboard = driver.Url;

            driver.FindElement(By.Id("notification-link")).Click();
            Assert.Contains($"您起草的信息《{title}》已被退回。意见：请补充走访企业名单的公开依据",
                driver.FindElement(By.Id("notifications")).Text, StringComparison.Ordinal);
            FitsAPhoneAndPassesAxe(driver, dashboard);
            FitsAPhoneAndPassesAxe(driver, app.Url("/staff/notifications"));

            MarkAllRead(driver);
            Assert.Empty(driver.FindElements(By.Id("unread-count")));
            driver.Navigate().GoToUrl(dashboard);
            driver.FindElement(By.CssSelector("#work-queue a[href$='" + new Uri(itemUrl).AbsolutePath + "']")).Click();
            Assert.Equal("已退回", driver.FindElement(By.Id("item-state")).Text);
        });

    private static void MarkAllRead(IWebDriver driver)
    {
        driver.FindElement(By.Id("notification-link")).Click();
        var buttons = driver.FindElements(By.XPath("//button[text()='全部标为已读']"));
        if (buttons.Count > 0)
        {
            var button = buttons[0];
            button.Click();
            // Done when the list is back with no unread entry (the page before the click always had one).
            new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => StaffBrowser.IsStale(button)
                && d.FindElements(By.Id("notifications")).Count > 0
                && d.FindElements(By.CssSelector("#notifications .notification:not(.is-read)")).Count == 0);
        }
    }

    private static void Press(IWebDriver driver, string action)
    {
        var button = driver.FindElement(By.CssSelector($"button[name=action][value={action}]"));
        button.Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => StaffBrowser.IsStale(button) && d.FindElements(By.Id("item-state")).Count > 0);
    }

    private static void FitsAPhoneAndPassesAxe(IWebDriver driver, string url)
    {
        var js = (IJavaScriptExecutor)driver;
        var original = driver.Manage().Window.Size;
        driver.Manage().Window.Size = new Size(390, 844);
        try
        {
            driver.Navigate().GoToUrl(url);
            var inner = Convert.ToInt64(js.ExecuteScript("return window.innerWidth;"), CultureInfo.InvariantCulture);
            var scroll = Convert.ToInt64(js.ExecuteScript("return document.documentElement.scrollWidth;"), CultureInfo.InvariantCulture);
            Assert.InRange(inner, 360, 390);
            Assert.True(scroll <= inner, $"{url}: scrollWidth {scroll} > innerWidth {inner}");

            js.ExecuteScript(AxeSource.Value);
            var json = (string?)js.ExecuteAsyncScript(
                "var done = arguments[arguments.length - 1];" +
                "axe.run(document, { resultTypes: ['violations'] })" +
                ".then(function (r) { done(JSON.stringify(r.violations.map(function (v) { return { id: v.id, impact: v.impact }; }))); })" +
                ".catch(function (e) { done('ERROR ' + e); });");
            Assert.StartsWith("[", json, StringComparison.Ordinal);
            using var violations = JsonDocument.Parse(json!);
            var serious = violations.RootElement.EnumerateArray()
                .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
                .Select(v => v.GetProperty("id").GetString()).ToList();
            Assert.True(serious.Count == 0, $"{url}: " + string.Join(", ", serious));
        }
        finally
        {
            driver.Manage().Window.Size = original;
        }
    }
}
