using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace OpenGovInfo.Web.Security;

/// <summary>
/// A POST (or any method but GET/HEAD) to a page that has no handler for it is answered 405. Without this Razor Pages
/// renders the page without running any handler, its model is empty and the view throws: a 500 for any visitor who
/// posts to a read-only page (found by the reliability suite's hostile corpus: /agencies/{id}, /agencies/{id}/registers,
/// and a staff page with only named POST handlers).
/// </summary>
public sealed class NoHandlerFilter : IAsyncPageFilter
{
    /// <inheritdoc />
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var method = context.HttpContext.Request.Method;
        if (context.HandlerMethod is null && !HttpMethods.IsGet(method) && !HttpMethods.IsHead(method))
        {
            context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
            return;
        }

        await next();
    }
}
