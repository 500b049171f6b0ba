using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>One item with attachments; the public see only published items, staff see any item of the agency.</summary>
public sealed class GetItem(OpenGovInfoDbContext db)
{
    // Not EF.CompileQuery: a compiled query is bound to one model, and one process may serve two providers (the tests
    // do). EF's own query cache already skips translation after the first request.
    private static readonly Expression<Func<Item, ItemRecord>> Record = i => new ItemRecord(
        new ItemRow(i.Id, i.AgencyId, i.Title, i.CategoryCode, i.Topic, i.IndexNumber, i.FormedOn, i.PublishedAt,
            i.IssuingAgency, i.State, i.PublishBy),
        i.BodyHtml, i.DocumentNumber, i.Validity, i.Channels);

    /// <summary>A published item, for the portal and the API.</summary>
    public Task<Result<ItemDetails>> PublicAsync(int itemId, CancellationToken cancellationToken = default) =>
        RunAsync(db.Items.AsNoTracking().Public().Where(i => i.Id == itemId), withTimeline: false, cancellationToken);

    /// <summary>Any item of <paramref name="agencyId"/>, with its timeline, for the staff pages.</summary>
    public Task<Result<ItemDetails>> ForStaffAsync(int agencyId, int itemId, CancellationToken cancellationToken = default) =>
        RunAsync(db.Items.AsNoTracking().Where(i => i.Id == itemId && i.AgencyId == agencyId), withTimeline: true, cancellationToken);

    private async Task<Result<ItemDetails>> RunAsync(IQueryable<Item> query, bool withTimeline, CancellationToken cancellationToken)
    {
        // One connection for all the queries of the page rather than an open/close per query (measurable on the
        // portal's uncached item page, docs/performance.md).
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var item = await query.Select(Record).FirstOrDefaultAsync(cancellationToken);
            if (item is null)
            {
                return Result.Failure<ItemDetails>(Error.NotFound("该信息"));
            }

            var attachments = await db.ItemAttachments.AsNoTracking().Where(a => a.ItemId == item.Row.Id).OrderBy(a => a.Id)
                .Select(a => new AttachmentInfo(a.StorageName, a.DisplayName, a.ContentType, a.Length, a.Id)).ToListAsync(cancellationToken);
            var timeline = withTimeline
                ? (await ItemEvents.LoadAsync(db, item.Row.Id, cancellationToken))
                    .Select(e => new TimelineEntry(e.ActorId, e.ActorName, e.At, e.From, e.To, e.Action, e.Comment)).ToList()
                : [];
            return Result.Success(new ItemDetails(item.Row.ToSummary(), item.BodyHtml, item.DocumentNumber, item.Validity,
                item.Channels, item.Row.PublishedAt, attachments, timeline));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record ItemRecord(ItemRow Row, string BodyHtml, string? DocumentNumber, ItemValidity Validity,
        PublicationChannel Channels);
}
