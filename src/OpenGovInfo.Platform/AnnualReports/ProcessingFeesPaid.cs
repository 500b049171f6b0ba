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
    public static async Task<Dictionary<int, long>> ByAgencyAsync(OpenGovInfoDbContext db, IReadOnlyList<int> ids, DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        // JSON functions differ by provider; everything else is the same SQL. The ids and dates are integers and
        // ISO dates formatted here, never text from a user.
        var amount = db.Database.IsNpgsql() ? "(n.\"Data\"::json ->> 'amountFen')::bigint" : "json_extract(n.\"Data\", '$.amountFen')";
        var sql = string.Create(CultureInfo.InvariantCulture, $"""
            SELECT a."AgencyId" AS "AgencyId", CAST(SUM({amount}) AS bigint) AS "Fen"
            FROM application_events p
            JOIN applications a ON a."Id" = p."ApplicationId"
            JOIN application_events n ON n."ApplicationId" = p."ApplicationId" AND n."Sequence" = (
                SELECT MAX(x."Sequence") FROM application_events x
                WHERE x."ApplicationId" = p."ApplicationId" AND x."Kind" = 'fee_notice' AND x."Sequence" < p."Sequence")
            WHERE p."Kind" = 'fee_paid' AND p."On" >= '{start:yyyy-MM-dd}' AND p."On" <= '{end:yyyy-MM-dd}'
                AND a."AgencyId" IN ({string.Join(",", ids.Select(i => i.ToString(CultureInfo.InvariantCulture)))})
            GROUP BY a."AgencyId"
            """);
        var rows = await db.Database.SqlQueryRaw<FeeTotal>(sql).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.AgencyId, r => r.Fen ?? 0);
    }

    /// <summary>One agency's sum (null when every paid notice lacks an amount, which the codec reads as 0).</summary>
    private sealed class FeeTotal
    {
        public int AgencyId { get; set; }

        public long? Fen { get; set; }
    }
}
