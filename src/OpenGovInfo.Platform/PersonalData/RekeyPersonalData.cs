using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// <c>ogi personal-data rekey</c>: opens every sealed row with whichever configured key sealed it and seals it again
/// with the current key (and algorithm), recomputing the applicant key with the current hash key, in batches of one
/// transaction each; afterwards no row names an old key, which may then be removed from configuration. Safe to stop
/// and run again: rows already done are merely done again.
/// </summary>
public sealed class RekeyPersonalData(OpenGovInfoDbContext db, PersonalDataCipher cipher, ApplicantKeys applicantKeys, AuditBulkWrites audit)
{
    /// <summary>Rows per transaction.</summary>
    public const int BatchSize = 200;

    /// <summary>Re-seals every row; returns how many.</summary>
    public async Task<int> RunAsync(IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var done = 0;
        var after = 0;
        while (true)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Applications.Where(a => a.Id > after).OrderBy(a => a.Id).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return done;
            }

            foreach (var row in batch)
            {
                var entry = db.Entry(row);
                foreach (var (name, _) in PersonalDataColumns.Sealed)
                {
                    // Unchanged in plaintext, so EF would skip it: force the write, which seals with the current key.
                    entry.Property(name).IsModified = entry.Property(name).CurrentValue is not null;
                }

                var natural = row.ApplicantKind == ApplicantKind.NaturalPerson;
                row.ApplicantKey = applicantKeys.Of(natural, natural ? row.IdNumber : row.CreditCode);
            }

            await db.SaveChangesAsync(cancellationToken);
            // The tracked save records only values that changed, and these did not: record the re-sealing itself.
            await audit.RecordAsync(db, [.. batch.Select(r => new BulkWrite(
                "update", "applications", r.Id.ToString(CultureInfo.InvariantCulture), null,
                new Dictionary<string, object?> { ["PersonalDataStorage"] = $"密钥 {cipher.CurrentKey} 重新加密" }))], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            done += batch.Count;
            after = batch[^1].Id;
            progress?.Report(done);
        }
    }
}
