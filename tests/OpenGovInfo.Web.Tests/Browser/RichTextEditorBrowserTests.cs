using OpenQA.Selenium;
using OpenQA.Selenium.Support.UI;

namespace OpenGovInfo.Web.Tests.Browser;

/// <summary>
/// The body editor (issue 13, “editing like an office”): Chinese text typed in the editor, one word bolded, a table
/// inserted and filled; after saving, the item page shows the sanitised HTML with exactly those structures. The page
/// runs under the app's strict CSP, so the test also proves the editor needs no inline script or style.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RichTextEditorBrowserTests(BrowserApp app)
{
    [Fact]
    public void Chinese_text_a_bold_word_and_a_table_are_saved_as_clean_html() =>
        app.Browser.Run(nameof(Chinese_text_a_bold_word_and_a_table_are_saved_as_clean_html), driver =>
        {
            var agencyId = StaffBrowser.SignIn(app, driver, "kgx.editor");
            driver.Navigate().GoToUrl(app.Url($"/staff/agencies/{agencyId}/items/new"));
            driver.FindElement(By.Id("Form_Title")).SendKeys("区科工信局2026年度政务公开工作要点（编辑器测试）");
            Assert.False(driver.FindElement(By.Id("Form_BodyHtml")).Displayed);

            var editor = driver.FindElement(By.CssSelector(".rte-content"));
            editor.Click();
            // insertText is what an IME commits at the end of a composition; typing ASCII keys would not produce Chinese.
            var js = (IJavaScriptExecutor)driver;
            js.ExecuteScript("document.execCommand('insertText', false, arguments[0]);", "现将重点工作公开如下：");
            Button(driver, "bold").Click();
            js.ExecuteScript("document.execCommand('insertText', false, arguments[0]);", "政务公开");
            Button(driver, "bold").Click();
            js.ExecuteScript("document.execCommand('insertText', false, arguments[0]);", "工作。");
            editor.SendKeys(Keys.Enter);
            Button(driver, "insert-table").Click();
            js.ExecuteScript("document.execCommand('insertText', false, arguments[0]);", "事项");
            editor.SendKeys(Keys.Tab);
            js.ExecuteScript("document.execCommand('insertText', false, arguments[0]);", "责任科室");

            var submit = driver.FindElement(By.CssSelector("form.wide-form button[type=submit]"));
            submit.Click();
            new WebDriverWait(driver, TimeSpan.FromSeconds(10)).Until(d => StaffBrowser.IsStale(submit) && d.FindElements(By.Id("item-state")).Count > 0);

            var body = driver.FindElement(By.CssSelector("#body-title + .rich-text"));
            var html = (string?)js.ExecuteScript("return arguments[0].innerHTML;", body) ?? string.Empty;
            Assert.Contains("<p>现将重点工作公开如下：<strong>政务公开</strong>工作。</p>", html, StringComparison.Ordinal);
            Assert.Contains("<th><p>事项</p></th><th><p>责任科室</p></th>", html, StringComparison.Ordinal);
            Assert.Equal(3, body.FindElements(By.CssSelector("table tr")).Count);
            Assert.Empty(body.FindElements(By.CssSelector("colgroup, [style], [class]")));
            Assert.DoesNotContain("colspan=\"1\"", html, StringComparison.Ordinal);
        });

    private static IWebElement Button(IWebDriver driver, string command) =>
        driver.FindElement(By.CssSelector($".rte-toolbar button[data-command='{command}']"));
}
