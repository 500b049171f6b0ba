using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// Acceptance: the system administrator pastes a holiday notice, sees the month grid and the checks, confirms, and the
/// year becomes official; an item's publish-by date opens into its day-by-day count with the holidays named.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CalendarBrowserTests(BrowserApp app)
{
    private const string Notice = "国务院办公厅关于2027年部分节假日安排的通知\n国办发明电〔2026〕8号\n\n"
        + "一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n\n"
        + "二、春节：2月5日（农历除夕、周五）至12日（农历正月初七、周五）放假调休，共8天。1月31日（周日）、2月20日（周六）上班。\n\n"
        + "国务院办公厅\n2026年11月20日";

    [Fact]
    public void An_administrator_previews_and_imports_a_notice() =>
        app.Browser.Run(nameof(An_administrator_previews_and_imports_a_notice), driver =>
        {
            SignIn(driver, "sysadmin");
            driver.FindElement(By.LinkText("工作日历（节假日安排）")).Click();
            Assert.Contains("暂定", driver.FindElement(By.Id("calendar-years")).Text, StringComparison.Ordinal);
            driver.FindElement(By.LinkText("导入节假日安排通知")).Click();
            Assert.Equal("2027", driver.FindElement(By.Id("Year")).GetAttribute("value"));

            // A wrong line first: the message names it, and nothing is offered for import.
            driver.FindElement(By.Id("Text")).SendKeys(Notice.Replace("共3天", "共4天", StringComparison.Ordinal));
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            Wait(driver, d => d.FindElements(By.CssSelector(".form-errors")).Count > 0);
            Assert.Contains("第 4 行", driver.FindElement(By.CssSelector(".form-errors")).Text, StringComparison.Ordinal);
            Assert.Empty(driver.FindElements(By.Id("confirm-import")));

            var text = driver.FindElement(By.Id("Text"));
            text.Clear();
            text.SendKeys(Notice);
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            Wait(driver, d => d.FindElements(By.Id("notice-preview")).Count > 0);
            var preview = driver.FindElement(By.Id("notice-preview"));
            Assert.Contains("2027 年 2 月", preview.Text, StringComparison.Ordinal);
            Assert.Equal("holiday", Kind(driver, "2027-02-08"));
            Assert.Equal("workday", Kind(driver, "2027-01-31"));
            Assert.Equal("weekend", Kind(driver, "2027-02-13"));
            Assert.Equal("plain", Kind(driver, "2027-02-15"));
            Assert.Contains("春节", driver.FindElement(By.CssSelector("td[data-date='2027-02-08']")).Text, StringComparison.Ordinal);

            driver.FindElement(By.Id("confirm-import")).Click();
            Wait(driver, d => d.FindElements(By.Id("import-done")).Count > 0);
            Assert.Contains("2027 年日历为正式", driver.FindElement(By.Id("import-done")).Text, StringComparison.Ordinal);
            driver.Navigate().GoToUrl(app.Url("/staff/calendar"));
            Assert.Contains("国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕8号）", driver.FindElement(By.Id("calendar-years")).Text, StringComparison.Ordinal);
        });

    [Fact]
    public void A_publish_by_date_opens_into_its_count_with_the_holidays_named() =>
        app.Browser.Run(nameof(A_publish_by_date_opens_into_its_count_with_the_holidays_named), driver =>
        {
            var agencyId = SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(app.Url($"/staff/agencies/{agencyId}/items/new"));
            driver.FindElement(By.Id("Form_Title")).SendKeys("国庆节前安全生产检查情况（日历测试）");
            driver.FindElement(By.CssSelector("#Form_CategoryCode option[value=work_updates]")).Click();
            var formed = driver.FindElement(By.Id("Form_FormedOn"));
            ((IJavaScriptExecutor)driver).ExecuteScript("arguments[0].value = '2026-09-24';", formed);
            driver.FindElement(By.CssSelector(".rte-content")).SendKeys("检查情况。");
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            Wait(driver, d => d.FindElements(By.Id("publish-by")).Count > 0);

            // 2026-09-24 (Thursday): 中秋节 25–27 Sep, 国庆节 1–7 Oct with 20 Sep and 10 Oct worked → 2026-10-29.
            var publishBy = driver.FindElement(By.Id("publish-by"));
            Assert.StartsWith("2026-10-29", publishBy.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("暂定", publishBy.Text, StringComparison.Ordinal);
            publishBy.FindElement(By.TagName("summary")).Click();
            var count = publishBy.FindElement(By.CssSelector("details.why-date")).Text;
            Assert.Contains("2026-09-25 星期五 中秋节放假，不计", count, StringComparison.Ordinal);
            Assert.Contains("2026-10-01 星期四 国庆节放假，不计", count, StringComparison.Ordinal);
            Assert.Contains("2026-10-10 星期六 第", count, StringComparison.Ordinal);
            Assert.Contains("国庆节调休上班，计入", count, StringComparison.Ordinal);
            Assert.Contains("2026 年日历：正式", count, StringComparison.Ordinal);
        });

    private static string Kind(IWebDriver driver, string date) =>
        driver.FindElement(By.CssSelector($"td[data-date='{date}']")).GetAttribute("class")!.Replace("day-", string.Empty, StringComparison.Ordinal);

    private static void Wait(IWebDriver driver, Func<IWebDriver, bool> condition) =>
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(condition);

    private int SignIn(IWebDriver driver, string userName)
    {
        driver.Manage().Cookies.DeleteAllCookies();
        driver.Navigate().GoToUrl(app.Url("/staff/login"));
        driver.FindElement(By.Id("Input_UserName")).SendKeys(userName);
        driver.FindElement(By.Id("Input_Password")).SendKeys(Testing.Web.OgiWebFactory<Program>.DemoPassword);
        driver.FindElement(By.CssSelector("form button[type=submit]")).Click();
        Wait(driver, d => d.Url.Contains("/staff/agencies/", StringComparison.Ordinal));
        return int.Parse(driver.Url.TrimEnd('/').Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }
}
