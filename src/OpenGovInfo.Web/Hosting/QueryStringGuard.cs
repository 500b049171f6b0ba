namespace OpenGovInfo.Web.Hosting;

/// <summary>
/// Refuses a query string that carries a control character (NUL, BEL, ESC …) with 400 and the Chinese status page,
/// before any page or endpoint reads it: no form or link of the site produces one, and PostgreSQL rejects NUL in text,
/// which would otherwise surface as a 500 wherever a filter reaches a query.
/// </summary>
public static class QueryStringGuard
{
    /// <summary>Adds the guard to the pipeline.</summary>
    public static IApplicationBuilder UseQueryStringGuard(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        foreach (var (_, values) in context.Request.Query)
        {
            foreach (var value in values)
            {
                if (value is not null && value.AsSpan().IndexOfAnyInRange('\u0000', '\u001F') >= 0)
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return Task.CompletedTask;
                }
            }
        }

        return next(context);
    });
}
