using Microsoft.AspNetCore.Diagnostics;

namespace OpenGovInfo.Web.Hosting;

/// <summary>
/// Refuses a declared over-limit body with 413 before any form is read. Kestrel enforces the same limit while
/// reading, but on Razor Pages the antiforgery check reads the form first and reports the failure as 400.
/// </summary>
public static class BodySizeLimit
{
    /// <summary>Adds the check.</summary>
    public static IApplicationBuilder UseBodySizeLimit(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        // The status page re-executes the same request; let it through to render the Chinese 413 page.
        var limit = IsUpload(context.Request.Path) ? Areas.Staff.Pages.Agencies.Items.AttachmentsModel.UploadLimit
            : IsRegisterImport(context.Request.Path) ? Areas.Staff.Pages.Agencies.RegistersModel.ImportLimit
            : IsApplicationForm(context.Request.Path) ? Applications.ApplyLimits.MaxRequestBytes
            : WebServiceCollectionExtensions.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit
            && context.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        return next(context);
    });

    // Only the attachment upload page and the item form take large bodies (their page models raise Kestrel's and the form's limits too).
    // The item form (new, edit) carries a Word file to import as the body.
    private static bool IsUpload(PathString path) =>
        path.StartsWithSegments("/staff/agencies", StringComparison.OrdinalIgnoreCase) && path.Value is { } value
        && (value.EndsWith("/attachments", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith("/items/new", StringComparison.OrdinalIgnoreCase)
            || (value.Contains("/items/", StringComparison.OrdinalIgnoreCase) && value.EndsWith("/edit", StringComparison.OrdinalIgnoreCase)));

    // The public application form and staff registration carry the applicant's files.
    private static bool IsApplicationForm(PathString path) =>
        path.Equals("/apply", StringComparison.OrdinalIgnoreCase)
        || (path.StartsWithSegments("/staff/agencies", StringComparison.OrdinalIgnoreCase)
            && path.Value is { } value && value.EndsWith("/applications/new", StringComparison.OrdinalIgnoreCase));

    private static bool IsRegisterImport(PathString path) =>
        path.StartsWithSegments("/staff/agencies", StringComparison.OrdinalIgnoreCase)
        && path.Value is { } value && value.EndsWith("/registers", StringComparison.OrdinalIgnoreCase);
}
