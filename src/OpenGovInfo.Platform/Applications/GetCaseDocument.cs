using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Applications;

/// <summary>A stored file of a case for the handling agency's case staff (attachments may carry personal data: each download is logged).</summary>
public sealed class GetCaseDocument(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>The file, or null when it is not the agency's or the actor may not see it.</summary>
    public async Task<ApplicationDocumentRow?> RunAsync(int agencyId, int documentId, CaseActor actor, CancellationToken cancellationToken = default)
    {
        if (!actor.HandlesCasesOf(agencyId))
        {
            return null;
        }

        var document = await db.ApplicationDocuments.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Id == documentId && db.Applications.Any(a => a.Id == d.ApplicationId && a.AgencyId == agencyId), cancellationToken);
        if (document is not null)
        {
            db.PersonalDataViews.Add(new PersonalDataViewRow
            {
                ApplicationId = document.ApplicationId, ActorId = actor.Id, ActorName = actor.Name, Address = actor.Address,
                Purpose = $"下载文件 {document.DisplayName}"[..Math.Min(60, 5 + document.DisplayName.Length)], At = clock.GetUtcNow().ToUniversalTime(),
            });
            await db.SaveChangesAsync(cancellationToken);
        }

        return document;
    }
}
