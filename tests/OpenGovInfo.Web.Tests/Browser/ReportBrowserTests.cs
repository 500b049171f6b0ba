using DocumentFormat.OpenXml.Packaging;
using OpenGovInfo.Platform.Demo;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;
using UglyToad.PdfPig;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// Acceptance (issue 11): an officer compiles the annual report, edits the narrative and submits; 政务公开办 returns it
/// with a comment; the officer fixes it and submits again; 政务公开办 clears it; it appears on the portal's 年报 column
/// and its DOCX and PDF downloads are real documents carrying the title.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ReportBrowserTests(BrowserApp app)
{
    private const int Year = 2024;

    [Fact]
    public void An_officer_submits_the_office_returns_then_clears_and_the_portal_offers_docx_and_pdf() =>
        app.Browser.Run(nameof(An_officer_submits_the_office_returns_then_clears_and_the_portal_offers_docx_and_pdf), driver =>
        {
            var title = $"{DemoDistrict.Bureau}{Year}年政府信息公开工作年度报告";

            // The officer compiles, writes section 五 and submits.
            var bureau = StaffBrowser.SignIn(app, driver, "kgx.editor");
            var page = app.Url($"/staff/agencies/{bureau}/reports/{Year}");
            driver.Navigate().GoToUrl(page);
            Assert.Contains("尚未保存", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);
            Type(driver, "ProblemsAndImprovements", "信息发布及时性有待提高。");
            Click(driver, By.CssSelector("form[action*='handler=Save'] button"));
            Assert.Contains("编制中", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);
            Assert.Contains("第 1 版", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);
            Click(driver, By.CssSelector("form[action*='handler=Submit'] button"));
            Assert.Contains("已报送", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);
            Assert.Empty(driver.FindElements(By.Id("ProblemsAndImprovements")));

            // 政务公开办 finds it waiting and returns it with a comment.
            StaffBrowser.SignIn(app, driver, "gkb.supervisor");
            driver.Navigate().GoToUrl(app.Url($"/staff/reports?Year={Year}"));
            driver.FindElement(By.CssSelector($"#office-reports a[href='/staff/agencies/{bureau}/reports/{Year}']")).Click();
            Wait(driver, By.Id("review-form"));
            Type(driver, "Comment", "请在第五部分写明整改措施。");
            Click(driver, By.CssSelector("#review-form button[formaction*='handler=Return']"));
            Assert.Contains("已退回", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);

            // The officer reads the comment, fixes section 五 and submits again.
            StaffBrowser.SignIn(app, driver, "kgx.editor");
            driver.Navigate().GoToUrl(page);
            Assert.Contains("请在第五部分写明整改措施。", driver.FindElement(By.Id("timeline")).Text, StringComparison.Ordinal);
            Type(driver, "ProblemsAndImprovements", "信息发布及时性有待提高。整改措施：建立发布台账，每月通报。");
            Click(driver, By.CssSelector("form[action*='handler=Save'] button"));
            Assert.Contains("第 2 版", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);
            Click(driver, By.CssSelector("form[action*='handler=Submit'] button"));

            // 政务公开办 clears it: published and frozen.
            StaffBrowser.SignIn(app, driver, "gkb.supervisor");
            driver.Navigate().GoToUrl(page);
            Wait(driver, By.Id("review-form"));
            Click(driver, By.CssSelector("#review-form button[formaction*='handler=Clear']"));
            Assert.Contains("已公开", driver.FindElement(By.Id("report-status")).Text, StringComparison.Ordinal);
            Assert.Matches("[0-9a-f]{64}", driver.FindElement(By.CssSelector("#report-status code")).Text);

            // The portal's 年报 column lists it; the HTML page shows it; the files are real.
            driver.Manage().Cookies.DeleteAllCookies();
            driver.Navigate().GoToUrl(app.Url($"/agencies/{bureau}"));
            var link = driver.FindElement(By.CssSelector($"#annual-reports a[href='/agencies/{bureau}/annual-reports/{Year}.html']"));
            Assert.Equal(title, link.Text);
            link.Click();
            new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.PageSource.Contains("整改措施：建立发布台账", StringComparison.Ordinal));

            using var client = new HttpClient { BaseAddress = app.BaseAddress };
            var docx = client.GetByteArrayAsync($"/agencies/{bureau}/annual-reports/{Year}.docx").GetAwaiter().GetResult();
            using (var word = WordprocessingDocument.Open(new MemoryStream(docx), false))
            {
                var text = word.MainDocumentPart!.Document!.Body!.InnerText;
                Assert.Contains(title, text, StringComparison.Ordinal);
                Assert.Contains("整改措施：建立发布台账", text, StringComparison.Ordinal);
            }

            var pdf = client.GetByteArrayAsync($"/agencies/{bureau}/annual-reports/{Year}.pdf").GetAwaiter().GetResult();
            using var document = PdfDocument.Open(pdf);
            Assert.True(document.NumberOfPages >= 2);
            var firstPage = string.Concat(document.GetPage(1).Letters.Select(l => l.Value)).Replace(" ", string.Empty, StringComparison.Ordinal);
            Assert.Contains("政府信息公开工作年度报告", firstPage, StringComparison.Ordinal);
            Assert.Contains(DemoDistrict.Bureau, firstPage, StringComparison.Ordinal);
        });

    private static void Type(IWebDriver driver, string id, string text)
    {
        var box = driver.FindElement(By.Id(id));
        box.Clear();
        box.SendKeys(text);
    }

    private static void Click(IWebDriver driver, By by)
    {
        var button = driver.FindElement(by);
        button.Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(20)).Until(d => StaffBrowser.IsStale(button) && d.FindElements(By.Id("report-status")).Count > 0);
        Assert.Empty(driver.FindElements(By.CssSelector(".form-errors")));
    }

    private static void Wait(IWebDriver driver, By by) =>
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElements(by).Count > 0);
}
