using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace OpenGovInfo.Web.Pages;

/// <summary>
/// The Chinese status page for 4xx/5xx, reached by re-execution. It shows no exception details in any
/// environment; it answers every method because a failed POST is re-executed as a POST.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    /// <summary>The status code shown.</summary>
    public int Code { get; private set; }

    /// <summary>Heading.</summary>
    public string Title { get; private set; } = string.Empty;

    /// <summary>Explanation.</summary>
    public string Message { get; private set; } = string.Empty;

    /// <summary>GET.</summary>
    public void OnGet() => Describe(RouteCode());

    /// <summary>POST (a failed form submission re-executed here).</summary>
    public void OnPost() => Describe(RouteCode());

    /// <summary>
    /// The code in the route, read directly: a re-executed POST whose form cannot be read (a NUL, a broken encoding)
    /// fails model binding as a whole, and a bound parameter would then be null — a 404 shown as a 500.
    /// </summary>
    private int? RouteCode() =>
        int.TryParse(RouteData.Values["code"] as string, System.Globalization.NumberStyles.AllowLeadingSign,
            System.Globalization.CultureInfo.InvariantCulture, out var code) ? code : null;

    private void Describe(int? code)
    {
        // Status pages come with the code in the route; the exception handler re-executes /error with the status it
        // chose already set (500, or 413 for an over-limit body).
        // A code typed into the address (/error/-1, /error/101, /error/204) is not an error this page may answer with: an
        // invalid status line, Switching Protocols or an empty body would follow. Such visits get 404.
        Code = code switch
        {
            >= 400 and <= 599 => code.Value,
            null => Response.StatusCode >= 400 ? Response.StatusCode : StatusCodes.Status500InternalServerError,
            _ => StatusCodes.Status404NotFound,
        };
        Response.StatusCode = Code;
        if (Code == StatusCodes.Status503ServiceUnavailable)
        {
            // A database outage passes: tell clients and proxies when to try again.
            Response.Headers.RetryAfter = "5";
        }

        (Title, Message) = Code switch
        {
            400 => ("请求无效", "您提交的请求无法处理，可能是页面已过期。请返回上一页刷新后重试。"),
            403 => ("无权访问", "您没有访问该页面的权限。工作人员只能办理本机关的事务；如需帮助，请联系本机关管理员。"),
            404 => ("页面不存在", "您访问的页面不存在或已被移除，请检查网址是否正确。"),
            405 => ("请求方式不被允许", "该页面不支持此种请求方式。"),
            413 => ("提交内容过大", "您提交的内容超过了允许的大小，请删减后重试。"),
            429 => ("尝试次数过多", "您的网络地址在短时间内尝试登录的次数过多，已被暂时限制。请稍后再试；如忘记密码，请联系本机关管理员。"),
            503 => ("服务暂时不可用", "系统暂时无法连接数据库，正在恢复，请稍后再试。刚才提交的申请如未收到查询码，请重新提交。"),
            _ when Code >= 500 => ("系统繁忙", "服务器暂时无法处理您的请求，请稍后再试。我们已记录此问题。"),
            _ => ("请求未能完成", "请求未能完成，请返回首页。"),
        };
    }
}
