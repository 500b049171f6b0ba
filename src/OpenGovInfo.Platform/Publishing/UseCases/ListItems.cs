using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>Filter of <see cref="ListItems"/>. <see cref="PublicOnly"/> is false only on the staff pages.</summary>
public sealed record ItemFilter(int? AgencyId = null, string? Category = null, int? Year = null, string? Topic = null,
    int Page = 1, int PageSize = 20, bool PublicOnly = true, ItemState? State = null, string? Search = null)
{
    /// <summary>Largest page size served.</summary>
    public const int MaxPageSize = 100;
}

/// <summary>
/// Item lists with filters and paging. Public lists show published items only, newest first; the year is the year of
/// publication (China time). Staff lists show every state, the year being the year the information was formed.
/// </summary>
public sealed class ListItems(OpenGovInfoDbContext db, PublicCountCache counts)
{
    /// <summary>Runs the query.</summary>
    public async Task<ItemPage> RunAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, ItemFilter.MaxPageSize);
        var query = Filtered(filter);
        var total = filter.PublicOnly
            ? await counts.GetOrAddAsync(filter, () => query.CountAsync(cancellationToken))
            : await query.CountAsync(cancellationToken);
        var rows = await query
            .OrderByDescending(i => i.PublishedAt).ThenByDescending(i => i.Id)
            .Skip((page - 1) * size).Take(size)
            .Select(ItemProjections.Row).ToListAsync(cancellationToken);
        return new ItemPage([.. rows.Select(r => r.ToSummary())], total, page, size);
    }

    private IQueryable<Item> Filtered(ItemFilter filter)
    {
        var query = filter.PublicOnly ? db.Items.AsNoTracking().Public() : db.Items.AsNoTracking();
        if (filter.AgencyId is { } agency)
        {
            query = query.Where(i => i.AgencyId == agency);
        }

        if (!string.IsNullOrWhiteSpace(filter.Category))
        {
            query = query.Where(i => i.CategoryCode == filter.Category);
        }

        if (!string.IsNullOrWhiteSpace(filter.Topic))
        {
            query = query.Where(i => i.Topic == filter.Topic);
        }

        // Staff lists only: the workflow state, and words of the title (a NUL cannot be stored, so it matches nothing).
        if (!filter.PublicOnly && filter.State is { } state)
        {
            query = query.Where(i => i.State == state);
        }

        if (!filter.PublicOnly && !string.IsNullOrWhiteSpace(filter.Search))
        {
            var words = filter.Search.Replace("\0", string.Empty, StringComparison.Ordinal).Trim();
            query = query.Where(i => i.Title.Contains(words));
        }

        if (filter.Year is { } year and >= 1000 and <= 9999)
        {
            var (from, to) = (YearStart(year), YearStart(year + 1));
            var (first, next) = (new DateOnly(year, 1, 1), new DateOnly(year + 1, 1, 1));
            query = filter.PublicOnly ? query.Where(i => i.PublishedAt >= from && i.PublishedAt < to)
                : query.Where(i => i.FormedOn >= first && i.FormedOn < next);
        }

        return query;
    }

    internal static DateTimeOffset YearStart(int year) => Domain.Calendar.ChinaTime.StartOfYear(year);
}
