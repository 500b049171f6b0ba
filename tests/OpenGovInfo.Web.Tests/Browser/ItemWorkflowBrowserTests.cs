using System.Text;
using OpenGovInfo.Testing.Web;
using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// Acceptance: an editor drafts a normative document with an attachment, it passes 保密审查 and 法律审核, the approver
/// publishes it and it appears on the portal, in the feed and in search; the editor is offered no approval; a returned item
/// goes back to the editor with the comment.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ItemWorkflowBrowserTests(BrowserApp app)
{
    [Fact]
    public void An_item_goes_from_draft_through_both_reviews_to_the_portal_feed_and_search() =>
        app.Browser.Run(nameof(An_item_goes_from_draft_through_both_reviews_to_the_portal_feed_and_search), driver =>
        {
            var title = "关于加强科技创新券政务公开管理的规范性文件（浏览器测试）";
            var agencyId = SignIn(driver, "kgx.editor");
            var itemUrl = Draft(driver, agencyId, title, "normative_documents", "平科工信〔2026〕9号");
            UploadPdf(driver);
            Press(driver, "Submit");
            Assert.Equal("保密审查", driver.FindElement(By.Id("item-state")).Text);

            SignIn(driver, "kgx.secrecy");
            driver.Navigate().GoToUrl(itemUrl);
            Press(driver, "PassConfidentialityReview");
            Assert.Equal("法律审核", driver.FindElement(By.Id("item-state")).Text);
            SignIn(driver, "kgx.legal");
            driver.Navigate().GoToUrl(itemUrl);
            Press(driver, "PassLegalReview");

            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(itemUrl);
            // The author may not approve: the page offers no button for it (the server would refuse it too).
            Assert.Empty(driver.FindElements(By.CssSelector("button[name=action]")));
            Assert.Equal("审批", driver.FindElement(By.Id("item-state")).Text);

            SignIn(driver, "kgx.approver");
            driver.Navigate().GoToUrl(itemUrl);
            Press(driver, "Approve");
            Assert.Equal("已发布", driver.FindElement(By.Id("item-state")).Text);
            Assert.Contains("陈建国", driver.FindElement(By.CssSelector(".timeline")).Text, StringComparison.Ordinal);

            driver.FindElement(By.LinkText("在门户查看")).Click();
            Assert.Equal(title, driver.FindElement(By.TagName("h1")).Text);
            Assert.Contains("平科工信〔2026〕9号", driver.FindElement(By.CssSelector("table.metadata")).Text, StringComparison.Ordinal);
            Assert.Contains("通知全文.pdf", driver.FindElement(By.Id("attachments-title")).FindElement(By.XPath("..")).Text, StringComparison.Ordinal);
            driver.Navigate().GoToUrl(app.Url("/feed.atom"));
            Assert.Contains(title, driver.PageSource, StringComparison.Ordinal);
            driver.Navigate().GoToUrl(app.Url("/search?category=normative_documents&q=" + Uri.EscapeDataString("公开")));
            Assert.Contains(title, driver.FindElement(By.CssSelector(".search-results")).Text, StringComparison.Ordinal);
        });

    [Fact]
    public void A_returned_item_goes_back_to_the_editor_with_the_comment() =>
        app.Browser.Run(nameof(A_returned_item_goes_back_to_the_editor_with_the_comment), driver =>
        {
            var agencyId = SignIn(driver, "kgx.editor");
            var itemUrl = Draft(driver, agencyId, "区科工信局开展企业走访（浏览器退回测试）", "work_updates", null);
            Press(driver, "Submit");
            SignIn(driver, "kgx.secrecy");
            driver.Navigate().GoToUrl(itemUrl);
            driver.FindElement(By.Id("Comment")).SendKeys("第二段含企业内部数据，请删除后重新提交");
            Press(driver, "Return");

            SignIn(driver, "kgx.editor");
            driver.Navigate().GoToUrl(itemUrl);
            Assert.Equal("已退回", driver.FindElement(By.Id("item-state")).Text);
            Assert.Contains("第二段含企业内部数据，请删除后重新提交", driver.FindElement(By.CssSelector(".timeline")).Text, StringComparison.Ordinal);
            Assert.NotEmpty(driver.FindElements(By.LinkText("修改")));
        });

    private int SignIn(IWebDriver driver, string userName) => StaffBrowser.SignIn(app, driver, userName);

    private string Draft(IWebDriver driver, int agencyId, string title, string category, string? documentNumber)
    {
        driver.Navigate().GoToUrl(app.Url($"/staff/agencies/{agencyId}/items/new"));
        driver.FindElement(By.Id("Form_Title")).SendKeys(title);
        driver.FindElement(By.CssSelector($"#Form_CategoryCode option[value={category}]")).Click();
        if (documentNumber is not null)
        {
            driver.FindElement(By.Id("Form_DocumentNumber")).SendKeys(documentNumber);
        }

        // Typed into the rich-text editor, markup is text: it must reach the page escaped, never as a tag.
        driver.FindElement(By.CssSelector(".rte-content")).SendKeys("为做好政务公开工作，现将有关事项通知如下。<script>alert('x')</script>");
        driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElements(By.Id("item-state")).Count > 0);
        Assert.DoesNotContain("<script>alert", driver.PageSource, StringComparison.Ordinal);
        return driver.Url;
    }

    private static void UploadPdf(IWebDriver driver)
    {
        var path = Path.Combine(Path.GetTempPath(), "通知全文.pdf");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));
        try
        {
            driver.FindElement(By.LinkText("上传附件")).Click();
            driver.FindElement(By.Id("Upload")).SendKeys(path);
            driver.FindElement(By.CssSelector("form.wide-form button[type=submit]")).Click();
            new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => d.FindElements(By.Id("item-state")).Count > 0);
            Assert.Contains("通知全文.pdf", driver.FindElement(By.Id("attachments-title")).FindElement(By.XPath("..")).Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Presses an action button and waits until the next page (redirect or error) has replaced this one.</summary>
    private static void Press(IWebDriver driver, string action)
    {
        var button = driver.FindElement(By.CssSelector($"button[name=action][value={action}]"));
        button.Click();
        new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => StaffBrowser.IsStale(button) && d.FindElements(By.Id("item-state")).Count > 0);
    }
}
