using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// Brings public items indexed by an earlier version (without <see cref="SearchDocument.Format"/>: words only, no
/// two-character grams) up to today's index text. The triggers on <see cref="Item.SearchText"/> refresh SQLite's
/// <c>item_fts</c> and PostgreSQL's <c>item_search</c>, so no schema change is needed. Runs in id order in small
/// batches of one transaction each, every updated item recorded in the audit trail (the set-based update bypasses the
/// SaveChanges interceptor, ADR 0017); searches keep working meanwhile (old rows are still found by their words).
/// </summary>
public sealed class SearchReindexer(OpenGovInfoDbContext db, Audit.AuditBulkWrites audit)
{
    /// <summary>Items read per batch.</summary>
    public const int BatchSize = 200;

    /// <summary>Re-indexes every out-of-date public item; returns how many were updated.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var prefix = SearchDocument.Format + " ";
        var after = 0;
        var updated = 0;
        while (true)
        {
            // Keyset paging: each batch starts after the last id seen, so the work stays linear in the table size.
            var batch = await db.Items.AsNoTracking()
                .Where(i => i.Id > after && i.SearchText != null && !i.SearchText.StartsWith(prefix))
                .OrderBy(i => i.Id).Take(BatchSize)
                .Select(i => new { i.Id, i.Title, i.BodyText, i.IndexYear, i.AgencyId, i.CategoryCode, i.SearchText })
                .ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return updated;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var writes = new List<Audit.BulkWrite>();
            foreach (var row in batch)
            {
                var text = SearchDocument.Text(row.Title, row.BodyText, row.IndexYear, row.AgencyId, row.CategoryCode);
                // Only if the row still holds what was read: an item withdrawn (SearchText null) or edited and
                // published again in the meantime keeps what the workflow wrote.
                var written = await db.Items.Where(i => i.Id == row.Id && i.SearchText == row.SearchText)
                    .ExecuteUpdateAsync(s => s.SetProperty(i => i.SearchText, text), cancellationToken);
                if (written == 1)
                {
                    writes.Add(new Audit.BulkWrite(
                        "update", "items", row.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        new Dictionary<string, object?> { [nameof(Item.SearchText)] = row.SearchText },
                        new Dictionary<string, object?> { [nameof(Item.SearchText)] = text }));
                }
            }

            await audit.RecordAsync(db, writes, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            updated += writes.Count;

            after = batch[^1].Id;
        }
    }
}
