using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenGovInfo.Web.Api;
using OpenGovInfo.Web.Health;
using OpenGovInfo.Web.Portal;
using OpenGovInfo.Web.Security;
using Scalar.AspNetCore;

namespace OpenGovInfo.Web.Hosting;

/// <summary>The request pipeline and the endpoint map.</summary>
public static class WebApplicationExtensions
{
    /// <summary>Builds the pipeline: errors, headers, static files, auth, pages, API, health, OpenAPI.</summary>
    public static WebApplication UseWeb(this WebApplication app)
    {
        // First: everything below must see the client's address and scheme as the known proxy reported them.
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            // Outside Development a failure shows the Chinese 500 page, never a stack trace.
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/error",
                // An over-limit body is the client's fault: 413 (Chinese page), not 500; a database outage is 503.
                StatusCodeSelector = FailureStatus.For,
            });
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/error/{0}");
        app.UseSecurityHeaders();
        app.UseForwardedSchemeGuard();
        app.UseQueryStringGuard();
        app.UseBodySizeLimit();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuditActor();
        app.UseAuthorization();
        // After authentication: the default policy must see who is signed in, so that staff are never served from it.
        app.UseOutputCache();
        app.MapStaticAssets();
        app.MapRazorPages();
        app.MapGroup("/api/v1").MapAgencies().MapItems().MapCalendar().MapApplications().MapAnnualReports();
        app.MapPortalPages();
        app.MapPortalFiles();
        app.MapAnnualReportFiles();
        if (ApiDocumentation.IsPublic(app.Configuration))
        {
            app.MapOpenApi();
            app.MapScalarApiReference(options => options.WithTitle("OpenGovInfo API"));
            app.MapGet("/api", () => Results.Redirect("/scalar/v1")).ExcludeFromDescription();
        }

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        return app;
    }
}
