using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>An attachment's bytes for download.</summary>
public sealed record AttachmentDownload(string DisplayName, string ContentType, byte[] Bytes);

/// <summary>
/// Serves an attachment: to the public by its random storage name, only while its item is published; to the agency's
/// reviewers by id, in any state (the web edge has checked who may see unpublished files).
/// </summary>
public sealed class GetAttachment(OpenGovInfoDbContext db)
{
    /// <summary>The file, or null when unknown or not public.</summary>
    public async Task<AttachmentDownload?> PublicAsync(string storageName, CancellationToken cancellationToken = default)
    {
        var row = await db.ItemAttachments.AsNoTracking()
            .Where(a => a.StorageName == storageName)
            .Join(db.Items.Where(i => i.State == ItemState.Published), a => a.ItemId, i => i.Id, (a, _) => a)
            // !: translated to SQL (a join), never run in .NET; every attachment row has its content row.
            .Select(a => new AttachmentDownload(a.DisplayName, a.ContentType, a.Content!.Bytes))
            .FirstOrDefaultAsync(cancellationToken);
        return row;
    }

    /// <summary>An attachment of the agency's item in any state, or null when no such attachment belongs to it.</summary>
    public async Task<AttachmentDownload?> ForReviewAsync(int agencyId, int itemId, int attachmentId, CancellationToken cancellationToken = default) =>
        await db.ItemAttachments.AsNoTracking()
            .Where(a => a.Id == attachmentId && a.ItemId == itemId)
            .Join(db.Items.Where(i => i.AgencyId == agencyId), a => a.ItemId, i => i.Id, (a, _) => a)
            // !: translated to SQL (a join), never run in .NET; every attachment row has its content row.
            .Select(a => new AttachmentDownload(a.DisplayName, a.ContentType, a.Content!.Bytes))
            .FirstOrDefaultAsync(cancellationToken);
}
