using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>An attachment's bytes for download.</summary>
public sealed record AttachmentDownload(string DisplayName, string ContentType, byte[] Bytes);

/// <summary>Serves an attachment by its random storage name, only while its item is published.</summary>
public sealed class GetAttachment(OpenGovInfoDbContext db)
{
    /// <summary>The file, or null when unknown or not public.</summary>
    public async Task<AttachmentDownload?> PublicAsync(string storageName, CancellationToken cancellationToken = default)
    {
        var row = await db.ItemAttachments.AsNoTracking()
            .Where(a => a.StorageName == storageName)
            .Join(db.Items.Where(i => i.State == ItemState.Published), a => a.ItemId, i => i.Id, (a, _) => a)
            .Select(a => new AttachmentDownload(a.DisplayName, a.ContentType, a.Content!.Bytes))
            .FirstOrDefaultAsync(cancellationToken);
        return row;
    }
}
