using System.Data.Common;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Platform.Portal;

/// <summary>
/// The public portal's uncached read path: the item page and the item list page, each in one prepared command on a
/// pooled connection (<see cref="PublicReadPool"/>), read with plain ADO.NET into the same views as
/// <see cref="GetItem"/> and <see cref="ListItems"/> build (which the staff pages and the API keep). EF Core adds nothing
/// here but its per-query cost (docs/performance.md, "Portal"). Only published items are read: a withdrawn or
/// unpublished item is simply not found.
/// </summary>
public sealed class PublicReads(PublicReadPool pool, PublicCountCache counts)
{
    /// <summary>A published item with its attachments; null when there is no such published item.</summary>
    public Task<ItemDetails?> ItemAsync(int itemId, CancellationToken cancellationToken = default)
    {
        return pool.ReadAsync(async connection =>
        {
            var command = await connection.CommandAsync(PublicReadSql.Item, new object[] { itemId }, cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await ReadItemAsync(reader, itemId, cancellationToken);
        }, cancellationToken);
    }

    /// <summary>One page of an agency's published items; null for an unknown agency.</summary>
    public async Task<PublicItemList?> ListAsync(ItemFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var agencyId = filter.AgencyId ?? throw new ArgumentException("The public list is an agency's.", nameof(filter));
        var page = Math.Max(1, filter.Page);
        var size = Math.Clamp(filter.PageSize, 1, ItemFilter.MaxPageSize);
        var category = !string.IsNullOrWhiteSpace(filter.Category);
        var topic = !string.IsNullOrWhiteSpace(filter.Topic);
        var year = filter.Year is >= 1000 and <= 9999;
        var cached = counts.TryGet(filter, out var total);
        var values = new List<object>(7) { agencyId };
        if (category && filter.Category is { } categoryCode)
        {
            values.Add(categoryCode);
        }

        if (topic && filter.Topic is { } topicText)
        {
            values.Add(topicText);
        }

        if (year && filter.Year is { } yearNumber)
        {
            values.AddRange([ListItems.YearStart(yearNumber).UtcDateTime, ListItems.YearStart(yearNumber + 1).UtcDateTime]);
        }

        // OFFSET in long: a hostile ?page=2147483647 must not overflow into a negative offset.
        values.AddRange([size, (page - 1L) * size]);
        var key = PublicReadSql.List(category, topic, year, withTotal: !cached);

        var list = await pool.ReadAsync(async connection =>
        {
            var command = await connection.CommandAsync(key, values.ToArray(), cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            var name = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : null;
            if (!cached)
            {
                await reader.NextResultAsync(cancellationToken);
                await reader.ReadAsync(cancellationToken);
                total = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
            }

            await reader.NextResultAsync(cancellationToken);
            var rows = new List<PublicListRow>(size);
            while (await reader.ReadAsync(cancellationToken))
            {
                rows.Add(PublicRow.ListRow(reader));
            }

            return name is null ? null : new PublicItemList(agencyId, name, rows, total, page, size);
        }, cancellationToken);
        if (!cached && list is not null)
        {
            counts.Store(filter, total);
        }

        return list;
    }

    private static async Task<ItemDetails?> ReadItemAsync(DbDataReader reader, int itemId, CancellationToken cancellationToken)
    {
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var row = new ItemRow(itemId, reader.GetInt32(0), reader.GetString(1), reader.GetString(2), PublicRow.String(reader, 3),
            PublicRow.String(reader, 4), reader.GetFieldValue<DateOnly>(5), PublicRow.Instant(reader, 6), reader.GetString(7),
            ItemState.Published, reader.IsDBNull(8) ? null : reader.GetFieldValue<DateOnly>(8));
        var (body, documentNumber) = (reader.GetString(9), PublicRow.String(reader, 10));
        var validity = Enum.Parse<ItemValidity>(reader.GetString(11));
        var channels = (PublicationChannel)reader.GetInt32(12);
        var attachments = new List<AttachmentInfo>();
        do
        {
            if (!reader.IsDBNull(13))
            {
                attachments.Add(new AttachmentInfo(reader.GetString(13), reader.GetString(14), reader.GetString(15), reader.GetInt64(16), reader.GetInt32(17)));
            }
        }
        while (await reader.ReadAsync(cancellationToken));

        return new ItemDetails(row.ToSummary(), body, documentNumber, validity, channels, row.PublishedAt, attachments, []);
    }
}
