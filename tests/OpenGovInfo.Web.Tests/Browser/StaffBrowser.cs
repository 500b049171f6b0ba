using OpenGovInfo.Testing.Web;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>Steps the back-office browser tests share: signing in through the real form, and knowing a page has gone.</summary>
internal static class StaffBrowser
{
    /// <summary>Signs in as <paramref name="userName"/> (cookies cleared first) and returns the agency id of the dashboard it lands on.</summary>
    public static int SignIn(BrowserApp app, IWebDriver driver, string userName)
    {
        driver.Manage().Cookies.DeleteAllCookies();
        driver.Navigate().GoToUrl(app.Url("/staff/login"));
        driver.FindElement(By.Id("Input_UserName")).SendKeys(userName);
        driver.FindElement(By.Id("Input_Password")).SendKeys(OgiWebFactory<Program>.DemoPassword);
        driver.FindElement(By.CssSelector("form button[type=submit]")).Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.Url.Contains("/staff/agencies/", StringComparison.Ordinal));
        return int.Parse(driver.Url.TrimEnd('/').Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>True once <paramref name="element"/> no longer belongs to the page (the form was submitted and replaced).</summary>
    public static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (WebDriverException)
        {
            // Stale, or (Chromium, mid-navigation) "node does not belong to the document": either way, the page is gone.
            return true;
        }
    }
}
