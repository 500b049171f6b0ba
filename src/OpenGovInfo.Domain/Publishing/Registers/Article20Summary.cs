using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Publishing.Registers;

/// <summary>
/// One year's 条例 第二十条 figures aggregated from the registers, in the shape of annual-report Table 2
/// (国办公开办函〔2021〕30号 format): documents issued / repealed this year and in force at 31 December, decisions made
/// this year, and fees collected in 万元.
/// </summary>
/// <param name="Year">The reporting year.</param>
/// <param name="Regulations">规章.</param>
/// <param name="NormativeDocuments">行政规范性文件.</param>
/// <param name="LicensingDecisions">行政许可 decisions this year.</param>
/// <param name="PenaltyDecisions">行政处罚 decisions this year.</param>
/// <param name="CoercionDecisions">行政强制 decisions this year.</param>
/// <param name="FeesFen">Fees collected this year, in fen.</param>
public sealed record Article20Summary(
    int Year,
    DocumentFigures Regulations,
    DocumentFigures NormativeDocuments,
    int LicensingDecisions,
    int PenaltyDecisions,
    int CoercionDecisions,
    long FeesFen)
{
    /// <summary>Fees in 万元 (1 万元 = 10 000 元 = 1 000 000 分), exact; rounding is the renderer's choice.</summary>
    public decimal FeesTenThousandYuan => FeesFen / 1_000_000m;

    /// <summary>Aggregates the registers for <paramref name="year"/>.</summary>
    public static Article20Summary Compute(int year, IEnumerable<NormativeDocumentRecord> documents,
        IEnumerable<EnforcementDecisionRecord> decisions, IEnumerable<FeeCollectionRecord> fees)
    {
        var docs = documents.ToList();
        var thisYear = decisions.Where(d => d.DecidedOn.Year == year).ToList();
        return new Article20Summary(
            year,
            DocumentFigures.Of(docs.Where(d => d.Kind == RegisterDocumentKind.Regulation), year),
            DocumentFigures.Of(docs.Where(d => d.Kind == RegisterDocumentKind.NormativeDocument), year),
            thisYear.Count(d => d.Kind == EnforcementDecisionKind.Licensing),
            thisYear.Count(d => d.Kind == EnforcementDecisionKind.Penalty),
            thisYear.Count(d => d.Kind == EnforcementDecisionKind.Coercion),
            fees.Where(f => f.CollectedOn.Year == year).Sum(f => f.AmountFen));
    }

    /// <summary>Writes the figures into a Table 2 of the 2021 format (items and measures by their codes).</summary>
    public void WriteTo(ProactiveTable table)
    {
        Write(table, ReportCodes.Items.Regulations, Regulations);
        Write(table, ReportCodes.Items.NormativeDocuments, NormativeDocuments);
        table[ReportCodes.Items.AdministrativeLicensing, ReportCodes.Measures.DecisionsThisYear] = LicensingDecisions;
        table[ReportCodes.Items.AdministrativePenalty, ReportCodes.Measures.DecisionsThisYear] = PenaltyDecisions;
        table[ReportCodes.Items.AdministrativeCoercion, ReportCodes.Measures.DecisionsThisYear] = CoercionDecisions;
        table[ReportCodes.Items.AdministrativeFees, ReportCodes.Measures.Amount10kCny] = FeesTenThousandYuan;
    }

    private static void Write(ProactiveTable table, string item, DocumentFigures figures)
    {
        table[item, ReportCodes.Measures.IssuedThisYear] = figures.IssuedThisYear;
        table[item, ReportCodes.Measures.RepealedThisYear] = figures.RepealedThisYear;
        table[item, ReportCodes.Measures.InForce] = figures.InForceAtYearEnd;
    }
}
