using System.Globalization;
using System.Net;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using UglyToad.PdfPig;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// Acceptance: a citizen applies on the portal → the officer asks for a supplement → the citizen supplements → the
/// approver extends → the officer replies 部分公开, the approver approves, the officer dispatches → the citizen sees the
/// outcome and downloads the letter. The dates shown at each step are the statutory clock's on the official calendar.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ApplicationBrowserTests(BrowserApp app)
{
    private const string Bureau = "平桥区科学技术和工业信息化局";

    [Fact]
    public void A_citizen_applies_supplements_and_downloads_a_partial_disclosure_letter() =>
        app.Browser.Run(nameof(A_citizen_applies_supplements_and_downloads_a_partial_disclosure_letter), driver =>
        {
            var today = ChinaTime.Today(TimeProvider.System);
            var calendar = WorkingDayCalendar.China;

            // The citizen applies.
            driver.Manage().Cookies.DeleteAllCookies();
            driver.Navigate().GoToUrl(app.Url("/apply"));
            driver.FindElements(By.CssSelector("#AgencyId option")).Single(o => o.Text == Bureau).Click();
            driver.FindElement(By.Id("Input_Name")).SendKeys("张三丰");
            driver.FindElement(By.Id("Input_IdNumber")).SendKeys("110105199003070017");
            driver.FindElement(By.Id("Input_Phone")).SendKeys("13812345678");
            driver.FindElement(By.Id("Input_Description")).SendKeys("2025年科技创新券兑付名单（浏览器测试）");
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            Wait(driver, By.Id("tracking-code"));
            var code = driver.FindElement(By.Id("tracking-code")).Text;
            var key = driver.FindElement(By.Id("access-key")).Text;
            var received = DateOnly.Parse(driver.FindElement(By.Id("received-on")).Text, CultureInfo.InvariantCulture);
            Assert.Equal(today, received);
            Assert.StartsWith(Due(calendar, received, 20), driver.FindElement(By.Id("reply-due")).Text, StringComparison.Ordinal);

            // The officer finds it in the queue and asks for a supplement.
            var caseUrl = OpenCase(driver, "kgx.editor", code);
            Assert.Contains("张三丰", driver.FindElement(By.Id("applicant-name")).Text, StringComparison.Ordinal);
            Step(driver, "RequestSupplement", today.AddDays(14));
            Assert.Equal("待补正", driver.FindElement(By.Id("case-status")).Text);

            // The citizen sees what is awaited.
            Track(driver, code, key);
            Assert.Equal("待补正", driver.FindElement(By.Id("case-status")).Text);
            Assert.StartsWith(today.AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), driver.FindElement(By.Id("case-supplement-due")).Text, StringComparison.Ordinal);

            // The supplement arrives: the 20 working days run again from today.
            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(caseUrl);
            Step(driver, "ReceiveSupplement", null);
            Assert.Equal("办理中", driver.FindElement(By.Id("case-status")).Text);
            Assert.StartsWith(Due(calendar, today, 20), driver.FindElement(By.Id("reply-due")).Text, StringComparison.Ordinal);

            // The approver extends by 20 working days.
            SignIn(driver, "kgx.approver");
            driver.Navigate().GoToUrl(caseUrl);
            Assert.Empty(driver.FindElements(By.Id("step-form")));
            Click(driver, By.CssSelector("#extension-form button"));
            Assert.StartsWith(Due(calendar, today, 40), driver.FindElement(By.Id("reply-due")).Text, StringComparison.Ordinal);

            // The officer drafts 部分公开 and submits; the approver approves; the officer dispatches.
            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(caseUrl);
            driver.FindElement(By.CssSelector("#OutcomeCode option[value=partially_granted]")).Click();
            Click(driver, By.CssSelector("#reply-form button"));
            Assert.Equal("草稿", driver.FindElement(By.Id("reply-state")).Text);
            Click(driver, By.Id("submit-reply"));
            Assert.Equal("待审批", driver.FindElement(By.Id("reply-state")).Text);
            SignIn(driver, "kgx.approver");
            driver.Navigate().GoToUrl(caseUrl);
            Click(driver, By.Id("approve-reply"));
            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(caseUrl);
            Click(driver, By.Id("dispatch-reply"));
            Assert.Equal("已答复", driver.FindElement(By.Id("case-status")).Text);

            // The citizen sees the outcome and downloads the letter.
            Track(driver, code, key);
            Assert.Equal("已答复", driver.FindElement(By.Id("case-status")).Text);
            Assert.Contains("部分公开", driver.FindElement(By.Id("case-outcome")).Text, StringComparison.Ordinal);
            Assert.NotEmpty(driver.FindElements(By.CssSelector("button[data-document='application/pdf']")));
            using var pdf = PdfDocument.Open(DownloadLetterAsync(code, key).GetAwaiter().GetResult());
            var text = string.Concat(pdf.GetPages().Select(p => p.Text));
            Assert.Contains("政府信息公开申请答复书", text, StringComparison.Ordinal);
            Assert.Contains("科技创新券兑付名单", text, StringComparison.Ordinal);
        });

    [Fact]
    public void A_company_applies_the_officer_consults_a_third_party_charges_a_fee_and_grants_it() =>
        app.Browser.Run(nameof(A_company_applies_the_officer_consults_a_third_party_charges_a_fee_and_grants_it), driver =>
        {
            var today = ChinaTime.Today(TimeProvider.System);
            var calendar = WorkingDayCalendar.China;
            driver.Manage().Cookies.DeleteAllCookies();
            driver.Navigate().GoToUrl(app.Url("/apply"));
            driver.FindElements(By.CssSelector("#AgencyId option")).Single(o => o.Text == Bureau).Click();
            driver.FindElement(By.CssSelector("input[name='Input.Kind'][value=organisation]")).Click();
            driver.FindElement(By.Id("Input_Name")).SendKeys("平桥明德律师事务所");
            driver.FindElement(By.CssSelector("#Input_OrganisationType option[value='法律服务机构']")).Click();
            driver.FindElement(By.Id("Input_CreditCode")).SendKeys("91110108MA01A1B2C7");
            driver.FindElement(By.Id("Input_LegalRepresentative")).SendKeys("李明");
            driver.FindElement(By.Id("Input_ContactName")).SendKeys("赵律师");
            driver.FindElement(By.Id("Input_Phone")).SendKeys("0376-6231234");
            driver.FindElement(By.Id("Input_Description")).SendKeys("某企业技术改造项目的专项资金拨付文件（浏览器测试二）");
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            Wait(driver, By.Id("tracking-code"));
            var code = driver.FindElement(By.Id("tracking-code")).Text;
            var key = driver.FindElement(By.Id("access-key")).Text;

            // A third party is consulted and answers the same day: no day is excluded, the deadline stands.
            var caseUrl = OpenCase(driver, "kgx.editor", code);
            Assert.Contains("法律服务机构", driver.FindElement(By.Id("applicant-document")).FindElement(By.XPath("../..")).Text, StringComparison.Ordinal);
            driver.FindElement(By.Id("Step_Party")).SendKeys("某科技有限公司");
            Step(driver, "StartConsultation", null);
            Assert.Equal("征求意见中", driver.FindElement(By.Id("case-status")).Text);
            driver.FindElement(By.Id("Step_Party")).SendKeys("某科技有限公司");
            Step(driver, "EndConsultation", null);
            Assert.Equal("办理中", driver.FindElement(By.Id("case-status")).Text);
            Assert.StartsWith(Due(calendar, today, 20), driver.FindElement(By.Id("reply-due")).Text, StringComparison.Ordinal);

            // 按量计收, 300 pages: the amount is computed, and the applicant sees it with the payment deadline.
            driver.FindElement(By.Id("Step_Pages")).SendKeys("300");
            Step(driver, "IssueFeeNotice", null);
            Assert.Equal("待缴费", driver.FindElement(By.Id("case-status")).Text);
            Track(driver, code, key);
            var facts = driver.FindElement(By.CssSelector("dl.facts")).Text;
            Assert.Contains(OpenGovInfo.Domain.Applications.Fees.Yuan(OpenGovInfo.Domain.Applications.PerPageFee.FenFor(300)), facts, StringComparison.Ordinal);
            Assert.Contains("缴费期限 " + Due(calendar, today, 20), facts, StringComparison.Ordinal);

            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(caseUrl);
            Step(driver, "RecordPayment", null);
            driver.FindElement(By.CssSelector("#OutcomeCode option[value=granted]")).Click();
            Click(driver, By.CssSelector("#reply-form button"));
            Click(driver, By.Id("submit-reply"));
            SignIn(driver, "kgx.approver");
            driver.Navigate().GoToUrl(caseUrl);
            Click(driver, By.Id("approve-reply"));
            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(caseUrl);
            Click(driver, By.Id("dispatch-reply"));
            Track(driver, code, key);
            Assert.Equal("已答复", driver.FindElement(By.Id("case-status")).Text);
            Assert.Contains("予以公开", driver.FindElement(By.Id("case-outcome")).Text, StringComparison.Ordinal);
            Assert.Contains("缴费", driver.FindElement(By.Id("case-events")).Text, StringComparison.Ordinal);
        });

    private static string Due(WorkingDayCalendar calendar, DateOnly from, int days)
    {
        Assert.True(calendar.TryAddWorkingDays(from, days, out var due));
        return due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private string OpenCase(IWebDriver driver, string user, string code)
    {
        SignIn(driver, user);
        driver.Navigate().GoToUrl(app.Url("/staff/applications?scope=open&q=" + Uri.EscapeDataString(code)));
        driver.FindElement(By.LinkText(code)).Click();
        Wait(driver, By.Id("case-status"));
        return driver.Url;
    }

    private void Track(IWebDriver driver, string code, string key)
    {
        driver.Manage().Cookies.DeleteAllCookies();
        driver.Navigate().GoToUrl(app.Url("/apply/track"));
        driver.FindElement(By.Id("Code")).SendKeys(code);
        driver.FindElement(By.Id("Key")).SendKeys(key);
        driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
        Wait(driver, By.Id("case-status"));
    }

    private static void Step(IWebDriver driver, string kind, DateOnly? dueOn)
    {
        driver.FindElement(By.CssSelector($"#Step_Kind option[value={kind}]")).Click();
        if (dueOn is { } due)
        {
            ((IJavaScriptExecutor)driver).ExecuteScript("document.getElementById('Step_DueOn').value = arguments[0];", due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        Click(driver, By.CssSelector("#step-form button"));
    }

    private static void Click(IWebDriver driver, By by)
    {
        var button = driver.FindElement(by);
        button.Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => StaffBrowser.IsStale(button) && d.FindElements(By.Id("case-status")).Count > 0);
        Assert.Empty(driver.FindElements(By.CssSelector(".form-errors")));
    }

    private static void Wait(IWebDriver driver, By by) =>
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElements(by).Count > 0);

    private void SignIn(IWebDriver driver, string userName) => StaffBrowser.SignIn(app, driver, userName);

    // The download is a POST (code and key never travel in a URL): done here with an HTTP client against the same server.
    private async Task<byte[]> DownloadLetterAsync(string code, string key)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = app.BaseAddress };
        var page = await client.PostAsync("/apply/track", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["Key"] = key, ["__RequestVerificationToken"] = StaffClient.TokenOf(await client.GetStringAsync("/apply/track")),
        }));
        var html = await page.Content.ReadAsStringAsync();
        var id = System.Text.RegularExpressions.Regex.Match(html, "name=\"DocumentId\" value=\"(\\d+)\"[^<]*<button[^>]*data-document=\"application/pdf\"").Groups[1].Value;
        Assert.NotEmpty(id);
        using var response = await client.PostAsync("/apply/track?handler=Document", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Code"] = code, ["Key"] = key, ["DocumentId"] = id, ["__RequestVerificationToken"] = StaffClient.TokenOf(html),
        }));
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsByteArrayAsync();
    }
}
