namespace OpenGovInfo.Web.Security;

/// <summary>
/// A trusted proxy's X-Forwarded-Proto becomes the request's scheme as sent (<see cref="ProxySupport"/>). Anything but
/// http or https — a broken or hostile header — would make every absolute URL the site writes (feeds, sitemaps,
/// redirects) fail with a 500. Such a request is malformed: 400 with the Chinese status page.
/// </summary>
public static class ForwardedSchemeGuard
{
    /// <summary>Adds the guard; place it after the status-code pages so that the 400 gets its page.</summary>
    public static IApplicationBuilder UseForwardedSchemeGuard(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var scheme = context.Request.Scheme;
        if (string.Equals(scheme, Uri.UriSchemeHttp, StringComparison.OrdinalIgnoreCase)
            || string.Equals(scheme, Uri.UriSchemeHttps, StringComparison.OrdinalIgnoreCase))
        {
            return next(context);
        }

        // The status page is written for this same request: give it a scheme it can build links with.
        context.Request.Scheme = Uri.UriSchemeHttp;
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        return Task.CompletedTask;
    });
}
