using System.Net;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Security;

[Collection(WebCollection.Name)]
public sealed class ErrorPageTests(WebApps apps)
{
    [Fact]
    public async Task Not_found_is_a_Chinese_page_in_Production()
    {
        using var response = await StaffClient.Anonymous(apps.Production).GetAsync("/no/such/page");
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", body, StringComparison.Ordinal);
        Assert.Contains("lang=\"zh-CN\"", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_is_a_Chinese_500_without_a_stack_trace_in_Production()
    {
        using var response = await StaffClient.Anonymous(apps.Production).GetAsync(OgiWebFactory<Program>.ThrowingPath);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("系统繁忙", body, StringComparison.Ordinal);
        Assert.DoesNotContain("SECRET-STACK-MARKER", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_agency_page_is_a_Chinese_404()
    {
        using var response = await StaffClient.Anonymous(apps.Production).GetAsync("/agencies/424242");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("页面不存在", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/error/-1", HttpStatusCode.NotFound)]
    [InlineData("/error/99999", HttpStatusCode.NotFound)]
    [InlineData("/error/101", HttpStatusCode.NotFound)]
    [InlineData("/error/204", HttpStatusCode.NotFound)]
    [InlineData("/error/304", HttpStatusCode.NotFound)]
    [InlineData("/error/404", HttpStatusCode.NotFound)]
    [InlineData("/error/413", HttpStatusCode.RequestEntityTooLarge)]
    public async Task The_status_page_never_answers_with_a_status_typed_into_its_address(string path, HttpStatusCode expected)
    {
        using var response = await StaffClient.Anonymous(apps.Production).GetAsync(path);
        Assert.Equal(expected, response.StatusCode);
        Assert.Contains("lang=\"zh-CN\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_re_executed_to_the_status_page_keeps_its_status_whatever_its_form_holds()
    {
        // Found by the hostile corpus: a NUL in any form field let the form's values shadow the route's code, and the
        // page answered 500 for a 404.
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Form.Title"] = "a\0b", ["code"] = "x" });
        using var response = await StaffClient.Anonymous(apps.Production).PostAsync("/error/404", form);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
