using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Section 六's 信息处理费 paid in a year, by agency: each payment (a <c>fee_paid</c> event in the year) pays the case's
/// latest fee notice before it in the log. Summed by the database — reading the fee events of a district's ~100,000
/// paying cases and decoding each in .NET was the roll-up's largest cost beyond Table 3. The amount is read from the
/// notice's stored JSON (<c>amountFen</c>, as <see cref="Applications.ApplicationEventCodec"/> writes it); the
/// section has no drill-down list, so only the sum is needed.
/// </summary>
internal static class ProcessingFeesPaid
{
    /// <summary>Fen paid in [<paramref name="start"/>, <paramref name="end"/>] by agency; an agency without payments is absent.</summary>
    public static async Task<Dictionary<int, long>> ByAgencyAsync(OpenGovInfoDbContext db, ISqlDialect dialect, IReadOnlyList<int> ids, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        // JSON functions differ by engine (the dialect spells them); everything else is the same SQL. The ids and dates are integers and
        // ISO dates formatted here, never text from a user.
        var amount = dialect.JsonInteger("n.\"Data\"", "amountFen");
        // SQLite keeps no statistics (nothing runs ANALYZE), so it finds the payments through the (Kind, On) index
        // whatever the agencies: right for a roll-up, but one agency among 200 would read the whole district's payments
        // of the year. A small share of the agencies has its payments found through its own cases instead (CROSS JOIN
        // fixes SQLite's join order); PostgreSQL plans from its statistics.
        var throughCases = dialect.PlansWithoutStatistics && ids.Count * 20 < await db.Agencies.CountAsync(cancellationToken);
        var tables = throughCases ? "applications a CROSS JOIN application_events p" : "application_events p, applications a";
        // …and there the unary + keeps SQLite from finding each case's payment through that index (a walk of the
        // district's payments per case, EXPLAIN QUERY PLAN shows it); it reads the case's log instead.
        var payment = throughCases ? "+p" : "p";
        // The notice is found by walking the case's log back from the payment (the unique (ApplicationId, Sequence)
        // index): usually one step, where a MAX over the log and a second join took twice the lookups.
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT "AgencyId", CAST(SUM("Amount") AS bigint) AS "Fen" FROM (
                SELECT a."AgencyId" AS "AgencyId", (
                    SELECT {amount} FROM application_events n
                    WHERE n."ApplicationId" = p."ApplicationId" AND n."Kind" = 'fee_notice' AND n."Sequence" < p."Sequence"
                    ORDER BY n."Sequence" DESC LIMIT 1) AS "Amount"
                FROM {tables}
                WHERE p."ApplicationId" = a."Id" AND {payment}."Kind" = 'fee_paid' AND {payment}."On" >= '{start:yyyy-MM-dd}' AND {payment}."On" <= '{end:yyyy-MM-dd}'
                    AND a."AgencyId" IN ({string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})) paid
            GROUP BY "AgencyId"
            """);
        var rows = await db.Database.SqlQueryRaw<FeeTotal>(sql).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.AgencyId, r => r.Fen ?? 0);
    }

    /// <summary>One agency's sum (null when no payment has a notice with an amount: 0, as the codec reads a missing one).</summary>
    private sealed class FeeTotal
    {
        public int AgencyId { get; set; }

        public long? Fen { get; set; }
    }
}
