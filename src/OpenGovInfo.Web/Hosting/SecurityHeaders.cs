namespace OpenGovInfo.Web.Hosting;

/// <summary>
/// Security headers on every response. The portal has no inline script or style, so the CSP allows only this
/// origin; the Scalar API browser ships inline bootstrapping and gets a looser policy on its own path only.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>The policy for every page except the API browser.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private const string ApiBrowserPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Adds the middleware.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var headers = context.Response.Headers;
        var apiBrowser = context.Request.Path.StartsWithSegments("/scalar", StringComparison.OrdinalIgnoreCase);
        headers.ContentSecurityPolicy = apiBrowser ? ApiBrowserPolicy : ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "same-origin";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        return next(context);
    });
}
