using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Audit;

/// <summary>Recomputes the chain from the first record and reports the first one that does not hold.</summary>
public sealed class VerifyAuditTrail(OpenGovInfoDbContext db)
{
    /// <summary>Streams the records in sequence order; memory stays flat whatever the trail's length.</summary>
    public Task<AuditVerification> RunAsync(CancellationToken cancellationToken = default) => RunAsync(null, cancellationToken);

    /// <summary>
    /// As <see cref="RunAsync(CancellationToken)"/>, and also checks that <paramref name="knownHead"/> — a head hash an
    /// earlier verify printed and the operator kept outside the database — is still in the chain. A chain alone cannot
    /// show that its last records were deleted (what remains is a valid, shorter chain); the kept hash can.
    /// </summary>
    public async Task<AuditVerification> RunAsync(string? knownHead, CancellationToken cancellationToken = default)
    {
        long expected = 1;
        var previous = string.Empty;
        var headSeen = string.IsNullOrEmpty(knownHead);
        await foreach (var record in db.AuditRecords.AsNoTracking().OrderBy(r => r.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (record.Sequence != expected)
            {
                return Broken(expected, previous, record.Sequence > expected
                    ? $"序号 {expected} 的记录缺失（记录被删除），下一条为序号 {record.Sequence}"
                    : $"序号 {record.Sequence} 重复或顺序错乱（记录被插入）");
            }

            if (!string.Equals(record.PreviousHash, previous, StringComparison.Ordinal))
            {
                return Broken(expected, previous, "前一条记录的哈希与本条所载不符（前面的记录被删除、插入或替换）");
            }

            string computed;
            try
            {
                computed = AuditHash.Compute(record);
            }
            catch (InvalidOperationException ex)
            {
                return Broken(expected, previous, ex.Message);
            }

            if (!string.Equals(computed, record.Hash, StringComparison.Ordinal))
            {
                return Broken(expected, previous, "记录内容与其哈希不符（记录被修改）");
            }

            headSeen |= string.Equals(record.Hash, knownHead, StringComparison.OrdinalIgnoreCase);
            previous = record.Hash;
            expected++;
        }

        return headSeen
            ? new AuditVerification(expected - 1, previous, null, null)
            : Broken(expected, previous, "此前记下的末条哈希已不在链中（其后的记录被删除，或整条链被重新计算）");

        AuditVerification Broken(long at, string head, string problem) => new(expected - 1, head, at, problem);
    }
}
