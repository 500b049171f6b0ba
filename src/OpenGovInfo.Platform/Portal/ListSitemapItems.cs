using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// Every public item, for the sitemap: how many there are, and one file's worth at a time in id order (stable, so a
/// file keeps its items as new ones are published at the end).
/// </summary>
public sealed class ListSitemapItems(OpenGovInfoDbContext db)
{
    /// <summary>How many items are public.</summary>
    public Task<int> CountAsync(CancellationToken cancellationToken = default) =>
        db.Items.AsNoTracking().Public().CountAsync(cancellationToken);

    /// <summary>The <paramref name="file"/>-th (from 1) run of <paramref name="size"/> public items: id and publication date in China.</summary>
    public async Task<IReadOnlyList<SitemapItem>> FileAsync(int file, int size, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(file, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var rows = await db.Items.AsNoTracking().Public().OrderBy(i => i.Id)
            .Skip((int)Math.Min(int.MaxValue, (long)(file - 1) * size)).Take(size)
            .Select(i => new { i.Id, i.PublishedAt }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new SitemapItem(r.Id, r.PublishedAt is { } at ? ChinaTime.DateOf(at) : null))];
    }
}
