using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>Input of <see cref="UpdateDisclosurePages"/>.</summary>
public sealed record UpdateDisclosurePagesRequest(int AgencyId, string? GuideHtml, string? RulesHtml);

/// <summary>An agency admin edits the 公开指南 and 公开制度 pages; the HTML is sanitised before it is stored.</summary>
public sealed class UpdateDisclosurePages(OpenGovInfoDbContext db, RichTextSanitizer sanitizer, TimeProvider clock, PublicContentSignal publicContent)
{
    /// <summary>Runs the use case.</summary>
    public async Task<Result<AgencyDetails>> RunAsync(UpdateDisclosurePagesRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new List<Error>();
        Check(request.GuideHtml, "GuideHtml", "公开指南", errors);
        Check(request.RulesHtml, "RulesHtml", "公开制度", errors);
        if (errors.Count > 0)
        {
            return Result.Failure<AgencyDetails>([.. errors]);
        }

        var agency = await db.Agencies.FirstOrDefaultAsync(a => a.Id == request.AgencyId, cancellationToken);
        if (agency is null)
        {
            return Result.Failure<AgencyDetails>(Error.NotFound("该机关"));
        }

        agency.SetDisclosurePages(
            sanitizer.Sanitize(request.GuideHtml), sanitizer.Sanitize(request.RulesHtml), clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        await publicContent.RaiseAsync(cancellationToken);
        return await new GetAgency(db).RunAsync(agency.Id, cancellationToken);
    }

    private void Check(string? html, string field, string label, List<Error> errors)
    {
        if ((html?.Length ?? 0) > Agency.PageMaxLength)
        {
            errors.Add(new Error(ErrorCodes.TooLong, $"{label}不能超过 {Agency.PageMaxLength} 个字符。", field));
        }
        else if (sanitizer.CheckNesting(html, label) is { } nesting)
        {
            errors.Add(new Error(ErrorCodes.TooDeep, nesting, field));
        }
    }
}
