using System.Globalization;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.AnnualReports;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Benchmarks;

/// <summary>
/// The district's report numbers as a hand-written SQL aggregate, the yardstick of the roll-up (issue 11: within 1.5×):
/// every table the roll-up's total carries — Table 3 and Table 4 (one GROUP BY each), Table 2 from the registers, the
/// overview's published items by category and section 六's fees paid (each payment pays the case's latest notice
/// before it) — over the government and the agencies whose parent it is, for 2025. Until 2026-12-03 evening it computed
/// only Tables 3 and 4; the other three were added so both sides compute the same report.
/// </summary>
internal sealed class ReportBaseline
{
    private const string Start = "'2025-01-01'", End = "'2025-12-31'";

    private const string MemberQuery = "SELECT \"Id\" FROM agencies WHERE \"ParentId\" IS NULL AND \"Kind\" = 'DistrictGovernment' " +
        "UNION SELECT d.\"Id\" FROM agencies d JOIN agencies g ON g.\"Id\" = d.\"ParentId\" WHERE g.\"ParentId\" IS NULL AND g.\"Kind\" = 'DistrictGovernment'";

    private static readonly AnnualReportFormat Definition = NationalFormats.Format2021;

    /// <summary>Table 3, [row, column].</summary>
    private readonly int[,] applications = new int[Definition.ApplicationRows.Count, TableLayouts.ColumnCount];

    /// <summary>Table 4, [group, measure] (the totals left out: the bench compares the four results).</summary>
    private readonly int[,] review = new int[TableLayouts.ReviewGroups.Count, ReviewLitigationTable.MeasureCount];

    private readonly Dictionary<(string Item, string Measure), decimal> proactive = [];
    private readonly Dictionary<string, int> publishedByCode = [];
    private long feesFen;

    /// <summary>Computes the baseline; with <paramref name="tables3And4Only"/> only the two tables the bench compared before (for continuity with earlier figures).</summary>
    internal static async Task<ReportBaseline> ComputeAsync(OpenGovInfoDbContext db, bool postgres, bool tables3And4Only = false)
    {
        var b = new ReportBaseline();
        // The members are read first and written into each query as a list of ids, as the compiler does: with the
        // subquery in their place this baseline took 4.7 s on PostgreSQL, about 4 s of it in the fees query, where the
        // compiler's same query with a list took about 1.4 s (2026-12-03 19:46; the plans were not examined).
        var ids = (await BulkRows.QueryAsync(db, MemberQuery)).Select(r => Convert.ToInt32(r[0], CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        var members = "(" + string.Join(",", ids) + ")";
        var sql = "SELECT \"ApplicantKind\", \"OutcomeCode\", " +
            $"SUM(CASE WHEN \"ReceivedOn\" >= {Start} THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN \"ReceivedOn\" < {Start} THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN \"ClosedOn\" <= {End} THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN \"ClosedOn\" IS NULL OR \"ClosedOn\" > {End} THEN 1 ELSE 0 END) " +
            $"FROM applications WHERE \"AgencyId\" IN {members} AND \"ReceivedOn\" <= {End} AND (\"ClosedOn\" IS NULL OR \"ClosedOn\" >= {Start}) " +
            "GROUP BY \"ApplicantKind\", \"OutcomeCode\"";
        foreach (var row in await BulkRows.QueryAsync(db, sql))
        {
            var column = (int)Enum.Parse<ApplicantKind>((string)row[0]) - 1;
            void Add(string code, object value)
            {
                var r = Definition.RowIndexOf(code);
                var n = Convert.ToInt32(value, CultureInfo.InvariantCulture);
                b.applications[r, column] += n;
                b.applications[r, TableLayouts.TotalColumn] += n;
            }

            Add("new_received", row[2]);
            Add("carried_over_from_previous_year", row[3]);
            if (row[1] is string outcome)
            {
                Add(outcome, row[4]);
                Add("total_processed", row[4]);
            }

            Add("carried_forward_to_next_year", row[5]);
        }

        var remedies = $"SELECT \"Kind\", CASE WHEN \"Result\" <> 'Pending' AND \"DecidedOn\" <= {End} THEN \"Result\" ELSE 'Pending' END, COUNT(*) " +
            $"FROM application_remedies WHERE \"AgencyId\" IN {members} AND \"FiledOn\" >= {Start} AND \"FiledOn\" <= {End} GROUP BY 1, 2";
        foreach (var row in await BulkRows.QueryAsync(db, remedies))
        {
            var measure = Enum.Parse<RemedyResult>((string)row[1]).Measure();
            var index = TableLayouts.ReviewMeasures.ToList().IndexOf(measure);
            b.review[(int)Enum.Parse<RemedyKind>((string)row[0]), index] += Convert.ToInt32(row[2], CultureInfo.InvariantCulture);
        }

        if (tables3And4Only)
        {
            return b;
        }

        var documents = $"SELECT \"Kind\", SUM(CASE WHEN \"IssuedOn\" >= {Start} THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN \"RepealedOn\" >= {Start} AND \"RepealedOn\" <= {End} THEN 1 ELSE 0 END), " +
            $"SUM(CASE WHEN \"RepealedOn\" IS NULL OR \"RepealedOn\" > {End} THEN 1 ELSE 0 END) " +
            $"FROM register_documents WHERE \"AgencyId\" IN {members} AND \"IssuedOn\" <= {End} AND \"WithdrawnAt\" IS NULL GROUP BY 1";
        foreach (var row in await BulkRows.QueryAsync(db, documents))
        {
            var item = (string)row[0] == "Regulation" ? ReportCodes.Items.Regulations : ReportCodes.Items.NormativeDocuments;
            b.proactive[(item, ReportCodes.Measures.IssuedThisYear)] = Convert.ToDecimal(row[1], CultureInfo.InvariantCulture);
            b.proactive[(item, ReportCodes.Measures.RepealedThisYear)] = Convert.ToDecimal(row[2], CultureInfo.InvariantCulture);
            b.proactive[(item, ReportCodes.Measures.InForce)] = Convert.ToDecimal(row[3], CultureInfo.InvariantCulture);
        }

        var decisions = $"SELECT \"Kind\", COUNT(*) FROM register_decisions WHERE \"AgencyId\" IN {members} " +
            $"AND \"DecidedOn\" >= {Start} AND \"DecidedOn\" <= {End} AND \"WithdrawnAt\" IS NULL GROUP BY 1";
        foreach (var row in await BulkRows.QueryAsync(db, decisions))
        {
            var item = (string)row[0] switch
            {
                "Licensing" => ReportCodes.Items.AdministrativeLicensing, "Penalty" => ReportCodes.Items.AdministrativePenalty, _ => ReportCodes.Items.AdministrativeCoercion,
            };
            b.proactive[(item, ReportCodes.Measures.DecisionsThisYear)] = Convert.ToDecimal(row[1], CultureInfo.InvariantCulture);
        }

        var registerFees = $"SELECT COALESCE(SUM(\"AmountFen\"), 0) FROM register_fees WHERE \"AgencyId\" IN {members} " +
            $"AND \"CollectedOn\" >= {Start} AND \"CollectedOn\" <= {End} AND \"WithdrawnAt\" IS NULL";
        b.proactive[(ReportCodes.Items.AdministrativeFees, ReportCodes.Measures.Amount10kCny)] =
            Convert.ToInt64((await BulkRows.QueryAsync(db, registerFees))[0][0], CultureInfo.InvariantCulture) / 1_000_000m;

        // 2025 in Beijing time, as UTC instants stored the platform's way (timestamptz; SQLite text).
        var (from, to) = postgres ? ("'2024-12-31 16:00:00+00'", "'2025-12-31 16:00:00+00'") : ("'2024-12-31 16:00:00'", "'2025-12-31 16:00:00'");
        var items = $"SELECT \"CategoryCode\", COUNT(*) FROM items WHERE \"State\" = 'Published' AND \"AgencyId\" IN {members} " +
            $"AND \"PublishedAt\" >= {from} AND \"PublishedAt\" < {to} GROUP BY 1";
        foreach (var row in await BulkRows.QueryAsync(db, items))
        {
            b.publishedByCode[(string)row[0]] = Convert.ToInt32(row[1], CultureInfo.InvariantCulture);
        }

        var amount = postgres ? "(n.\"Data\"::json ->> 'amountFen')::bigint" : "json_extract(n.\"Data\", '$.amountFen')";
        // The same walk back from each payment to its notice as the compiler's query (the best of the forms tried).
        var fees = "SELECT COALESCE(SUM(\"Amount\"), 0) FROM (SELECT (SELECT " + amount + " FROM application_events n " +
            "WHERE n.\"ApplicationId\" = p.\"ApplicationId\" AND n.\"Kind\" = 'fee_notice' AND n.\"Sequence\" < p.\"Sequence\" ORDER BY n.\"Sequence\" DESC LIMIT 1) AS \"Amount\" " +
            "FROM application_events p JOIN applications a ON a.\"Id\" = p.\"ApplicationId\" " +
            $"WHERE a.\"AgencyId\" IN {members} AND p.\"Kind\" = 'fee_paid' AND p.\"On\" >= {Start} AND p.\"On\" <= {End}) paid";
        b.feesFen = Convert.ToInt64((await BulkRows.QueryAsync(db, fees))[0][0], CultureInfo.InvariantCulture);
        return b;
    }

    /// <summary>Whether the roll-up's total has the same numbers in every table; prints the first difference.</summary>
    internal bool Same(CompiledReport total)
    {
        var report = total.Report;
        for (var r = 0; r < Definition.ApplicationRows.Count; r++)
        {
            for (var c = 0; c < TableLayouts.ColumnCount; c++)
            {
                if (report.Applications!.Cell(r, c) != applications[r, c])
                {
                    return Differs($"{Definition.ApplicationRows[r].Code} column {c}: compiled {report.Applications.Cell(r, c)}, SQL {applications[r, c]}");
                }
            }
        }

        for (var g = 0; g < TableLayouts.ReviewGroups.Count; g++)
        {
            var cells = report.ReviewLitigation!.GroupAt(g)!;
            for (var m = 0; m < TableLayouts.ReviewMeasures.Count; m++)
            {
                if (!TableLayouts.ReviewMeasures[m].IsTotal && cells[m] != review[g, m])
                {
                    return Differs($"review {g}/{m}: compiled {cells[m]}, SQL {review[g, m]}");
                }
            }
        }

        foreach (var item in Definition.ProactiveItems)
        {
            var block = Definition.BlockOf(item.Code)!;
            var values = report.Proactive!.Values(item.Code);
            for (var m = 0; m < block.Measures.Count; m++)
            {
                var expected = proactive.GetValueOrDefault((item.Code, block.Measures[m].Code));
                if ((values?[m] ?? 0) != expected)
                {
                    return Differs($"Table 2 {item.Code}/{block.Measures[m].Code}: compiled {values?[m]}, SQL {expected}");
                }
            }
        }

        var published = PublishedCategoriesOf(publishedByCode);
        if (total.Published.Total != publishedByCode.Values.Sum() || !total.Published.ByCategory.Select(c => c.Count).SequenceEqual(published))
        {
            return Differs("published items");
        }

        return total.FeesCollectedFen == feesFen || Differs($"fees: compiled {total.FeesCollectedFen}, SQL {feesFen}");
    }

    /// <summary>The five headline counts in print order: four categories by code, 其他 everything else.</summary>
    private static IEnumerable<int> PublishedCategoriesOf(Dictionary<string, int> byCode)
    {
        string[] named = ["work_updates", "plans_summaries", "personnel", "law_enforcement"];
        return [.. named.Select(c => byCode.GetValueOrDefault(c)), byCode.Where(c => !named.Contains(c.Key)).Sum(c => c.Value)];
    }

    private static bool Differs(string what)
    {
        Console.WriteLine($"  differs: {what}");
        return false;
    }
}
