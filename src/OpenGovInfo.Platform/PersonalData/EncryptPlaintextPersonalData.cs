using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Audit;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// Seals the personal data that versions before sealing stored in clear, and replaces those rows' unkeyed applicant
/// keys with keyed ones. Runs after the migrations (web start, <c>ogi db migrate</c>); idempotent, so several nodes
/// may run it. Works on the raw columns — the mapped ones refuse plaintext — in batches of one transaction each,
/// every row recorded in the audit trail (without its values: only that it was sealed).
/// </summary>
public sealed class EncryptPlaintextPersonalData(OpenGovInfoDbContext db, PersonalDataCipher cipher, ApplicantKeys applicantKeys, AuditBulkWrites audit)
{
    /// <summary>Rows per transaction.</summary>
    public const int BatchSize = 200;

    /// <summary>Seals every plaintext row; returns how many rows were sealed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var sealedRows = 0;
        var after = 0;
        while (true)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var batch = await db.Database.SqlQuery<RawApplicant>($"""
                SELECT "Id", "ApplicantKind", "IdNumber", "CreditCode", "LegalRepresentative", "ContactName", "Phone", "Email", "Address"
                FROM applications
                WHERE "Id" > {after} AND ("Phone" NOT LIKE 'ogi1:%'
                    OR "IdNumber" NOT LIKE 'ogi1:%' OR "LegalRepresentative" NOT LIKE 'ogi1:%' OR "ContactName" NOT LIKE 'ogi1:%'
                    OR "Email" NOT LIKE 'ogi1:%' OR "Address" NOT LIKE 'ogi1:%')
                ORDER BY "Id"
                LIMIT {BatchSize}
                """).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return sealedRows;
            }

            foreach (var row in batch)
            {
                var natural = row.ApplicantKind == nameof(ApplicantKind.NaturalPerson);
                // A row still in clear carries the unkeyed SHA-256 of an earlier version: key it from the clear number.
                var key = PersonalDataCipher.IsSealed(row.IdNumber) ? null : applicantKeys.Of(natural, natural ? row.IdNumber : row.CreditCode);
                await db.Database.ExecuteSqlAsync($"""
                    UPDATE applications SET "IdNumber" = {Seal(nameof(row.IdNumber), row.IdNumber)},
                        "LegalRepresentative" = {Seal(nameof(row.LegalRepresentative), row.LegalRepresentative)},
                        "ContactName" = {Seal(nameof(row.ContactName), row.ContactName)},
                        "Phone" = {Seal(nameof(row.Phone), row.Phone)},
                        "Email" = {Seal(nameof(row.Email), row.Email)},
                        "Address" = {Seal(nameof(row.Address), row.Address)},
                        "ApplicantKey" = COALESCE({key}, "ApplicantKey")
                    WHERE "Id" = {row.Id}
                    """, cancellationToken);
            }

            await audit.RecordAsync(db, [.. batch.Select(r => new BulkWrite(
                "update", "applications", r.Id.ToString(CultureInfo.InvariantCulture),
                new Dictionary<string, object?> { ["PersonalDataStorage"] = "明文" },
                new Dictionary<string, object?> { ["PersonalDataStorage"] = $"密钥 {cipher.CurrentKey} 加密" }))], cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            sealedRows += batch.Count;
            after = batch[^1].Id;
        }
    }

    private string? Seal(string column, string? value) =>
        value is null || PersonalDataCipher.IsSealed(value) ? value : cipher.Seal(PersonalDataColumns.Field(column), value);

    /// <summary>The raw columns of one application.</summary>
    private sealed class RawApplicant
    {
        public int Id { get; set; }

        public string ApplicantKind { get; set; } = string.Empty;

        public string? IdNumber { get; set; }

        public string? CreditCode { get; set; }

        public string? LegalRepresentative { get; set; }

        public string? ContactName { get; set; }

        public string? Phone { get; set; }

        public string? Email { get; set; }

        public string? Address { get; set; }
    }
}
