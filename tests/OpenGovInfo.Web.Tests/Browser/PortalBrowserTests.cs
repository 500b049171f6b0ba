using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Testing.Web;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace OpenGovInfo.Web.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class PortalBrowserTests(BrowserApp app)
{
    [Fact]
    public void Home_lists_the_agencies() => app.Browser.Run(nameof(Home_lists_the_agencies), driver =>
    {
        driver.Navigate().GoToUrl(app.Url("/"));
        var names = driver.FindElements(By.CssSelector(".agency-card a")).Select(a => a.Text).ToList();
        Assert.Equal(DemoDistrict.Agencies.Select(a => a.Name), names);
        Assert.StartsWith("首页 - ", driver.Title, StringComparison.Ordinal);
        Assert.Equal("机关目录", driver.FindElement(By.Id("agencies")).Text);
    });

    [Fact]
    public void Staff_signs_in_lands_on_own_dashboard_and_is_refused_another_agency() =>
        app.Browser.Run(nameof(Staff_signs_in_lands_on_own_dashboard_and_is_refused_another_agency), driver =>
        {
            driver.Manage().Cookies.DeleteAllCookies();
            driver.Navigate().GoToUrl(app.Url("/staff"));
            Assert.Contains("/staff/login", driver.Url, StringComparison.Ordinal);
            driver.FindElement(By.Id("Input_UserName")).SendKeys("kgx.approver");
            driver.FindElement(By.Id("Input_Password")).SendKeys(OgiWebFactory<Program>.DemoPassword);
            driver.FindElement(By.CssSelector("form button[type=submit]")).Click();

            var wait = new WebDriverWait(driver, TimeSpan.FromSeconds(10));
            wait.Until(d => d.Url.Contains("/staff/agencies/", StringComparison.Ordinal));
            Assert.Equal(DemoDistrict.Bureau, driver.FindElement(By.TagName("h1")).Text);
            Assert.Contains("审批领导", driver.PageSource, StringComparison.Ordinal);

            var ownId = driver.Url.TrimEnd('/').Split('/')[^1];
            var otherId = ownId == "1" ? "2" : "1";
            driver.Navigate().GoToUrl(app.Url($"/staff/agencies/{otherId}"));
            Assert.Equal("无权访问", driver.FindElement(By.TagName("h1")).Text);
            Assert.Contains("403", driver.FindElement(By.CssSelector(".error-code")).Text, StringComparison.Ordinal);

            driver.Navigate().GoToUrl(app.Url("/staff/logout"));
            driver.FindElement(By.CssSelector("main form button[type=submit]")).Click();
            wait.Until(d => !d.Url.Contains("/staff", StringComparison.Ordinal));
        });
}
