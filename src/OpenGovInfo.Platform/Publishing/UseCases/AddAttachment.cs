using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Facts about a stored attachment; <paramref name="Id"/> addresses it in the back office (0 where unused, as on the portal).</summary>
public sealed record AttachmentInfo(string StorageName, string DisplayName, string ContentType, long Length, int Id = 0);

/// <summary>
/// An editor attaches a file to a draft. The type is sniffed from the content (<see cref="AttachmentInspector"/>);
/// the stored bytes are exactly the inspected ones and the public name is random, never the uploader's.
/// </summary>
public sealed class AddAttachment(OpenGovInfoDbContext db, TimeProvider clock)
{
    /// <summary>Largest upload accepted; the web edge raises its request limit to match on the upload endpoint only.</summary>
    public const long MaxBytes = 20L * 1024 * 1024;

    /// <summary>Runs the use case.</summary>
    public async Task<Result<AttachmentInfo>> RunAsync(int agencyId, int itemId, PublishingActor actor, string? fileName,
        string? contentType, Stream content, CancellationToken cancellationToken = default)
    {
        var item = await db.Items.FirstOrDefaultAsync(i => i.Id == itemId && i.AgencyId == agencyId, cancellationToken);
        if (item is null)
        {
            return Result.Failure<AttachmentInfo>(Error.NotFound("该信息"));
        }

        if (!actor.Roles.HasFlag(StaffRoles.Editor) || item.State is not (ItemState.Draft or ItemState.Returned))
        {
            return Result.Failure<AttachmentInfo>(new Error(ErrorCodes.Forbidden, "只有信息员可以为草稿或退回的信息添加附件。", "File"));
        }

        // The inspector keeps only the last path segment (old browsers send "C:\…\a.pdf"); a name that climbs out
        // with "../" is an attack, not a clumsy browser, and is refused outright.
        if (fileName is not null && (fileName.Contains("../", StringComparison.Ordinal) || fileName.Contains("..\\", StringComparison.Ordinal)))
        {
            return Result.Failure<AttachmentInfo>(new Error(ErrorCodes.AttachmentRefused, "文件名含有“../”等路径跳转，已拒绝上传。", "File"));
        }

        var verdict = await AttachmentInspector.InspectAsync(fileName, contentType, MaxBytes, content, cancellationToken);
        if (!verdict.IsAccepted)
        {
            return Result.Failure<AttachmentInfo>(new Error(ErrorCodes.AttachmentRefused, verdict.Refusal.Message, "File"));
        }

        var accepted = verdict.Accepted;

        var row = new ItemAttachmentRow
        {
            ItemId = item.Id,
            StorageName = accepted.StorageName,
            DisplayName = accepted.DisplayName,
            ContentType = accepted.ContentType,
            Length = accepted.Length,
            UploadedAt = clock.GetUtcNow().ToUniversalTime(),
            Content = new ItemAttachmentContent { Bytes = accepted.Content.ToArray() },
        };
        db.ItemAttachments.Add(row);
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success(new AttachmentInfo(row.StorageName, row.DisplayName, row.ContentType, row.Length, row.Id));
    }
}
