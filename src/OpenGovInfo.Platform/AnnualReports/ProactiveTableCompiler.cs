using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Table 2 (2021 format) from the 第二十条 registers, with the same definitions as <see cref="Article20Summary"/>:
/// documents issued and repealed in the year and in force on 31 December, decisions made in the year, fees collected
/// in the year in 万元 (exact; rounding is the renderer's).
/// </summary>
public static class ProactiveTableCompiler
{
    private static readonly (string Item, RegisterDocumentKind Kind)[] DocumentItems =
        [(ReportCodes.Items.Regulations, RegisterDocumentKind.Regulation), (ReportCodes.Items.NormativeDocuments, RegisterDocumentKind.NormativeDocument)];

    private static readonly (string Item, EnforcementDecisionKind Kind)[] DecisionItems =
    [
        (ReportCodes.Items.AdministrativeLicensing, EnforcementDecisionKind.Licensing), (ReportCodes.Items.AdministrativePenalty, EnforcementDecisionKind.Penalty),
        (ReportCodes.Items.AdministrativeCoercion, EnforcementDecisionKind.Coercion),
    ];

    /// <summary>Fills <paramref name="table"/> and records each value's register rows.</summary>
    public static void Compile(int year, IReadOnlyList<RegisterDocumentRow> documents, IReadOnlyList<RegisterDecisionRow> decisions,
        IReadOnlyList<RegisterFeeRow> fees, ProactiveTable table, IDictionary<string, CellSources> sources)
    {
        var end = new DateOnly(year, 12, 31);
        foreach (var (item, kind) in DocumentItems)
        {
            var ofKind = documents.Where(d => d.Kind == kind).OrderBy(d => d.Id).ToList();
            Count(table, sources, item, ReportCodes.Measures.IssuedThisYear, SourceKind.RegisterDocument, ofKind.Where(d => d.IssuedOn.Year == year).Select(d => d.Id));
            Count(table, sources, item, ReportCodes.Measures.RepealedThisYear, SourceKind.RegisterDocument, ofKind.Where(d => d.RepealedOn?.Year == year).Select(d => d.Id));
            Count(table, sources, item, ReportCodes.Measures.InForce, SourceKind.RegisterDocument,
                ofKind.Where(d => d.IssuedOn <= end && (d.RepealedOn is null || d.RepealedOn > end)).Select(d => d.Id));
        }

        foreach (var (item, kind) in DecisionItems)
        {
            Count(table, sources, item, ReportCodes.Measures.DecisionsThisYear, SourceKind.RegisterDecision,
                decisions.Where(d => d.Kind == kind && d.DecidedOn.Year == year).OrderBy(d => d.Id).Select(d => d.Id));
        }

        var collected = fees.Where(f => f.CollectedOn.Year == year).OrderBy(f => f.Id).ToList();
        table[ReportCodes.Items.AdministrativeFees, ReportCodes.Measures.Amount10kCny] = collected.Sum(f => f.AmountFen) / 1_000_000m;
        sources[CellKeys.Proactive(ReportCodes.Items.AdministrativeFees, ReportCodes.Measures.Amount10kCny)] = new CellSources(SourceKind.RegisterFee, [.. collected.Select(f => f.Id)]);
    }

    /// <summary>
    /// Fills the same values as <see cref="Compile"/> from counts the database made with its tests: per document kind
    /// the rows issued in the year, repealed in it and in force on 31 December; per decision kind the decisions made in
    /// the year; the fees collected in the year (fen).
    /// </summary>
    public static void CompileCounts(IReadOnlyList<(RegisterDocumentKind Kind, int Issued, int Repealed, int InForce)> documents,
        IReadOnlyList<(EnforcementDecisionKind Kind, int Count)> decisions, long feesFen, ProactiveTable table)
    {
        foreach (var (item, kind) in DocumentItems)
        {
            table[item, ReportCodes.Measures.IssuedThisYear] = documents.Where(d => d.Kind == kind).Sum(d => d.Issued);
            table[item, ReportCodes.Measures.RepealedThisYear] = documents.Where(d => d.Kind == kind).Sum(d => d.Repealed);
            table[item, ReportCodes.Measures.InForce] = documents.Where(d => d.Kind == kind).Sum(d => d.InForce);
        }

        foreach (var (item, kind) in DecisionItems)
        {
            table[item, ReportCodes.Measures.DecisionsThisYear] = decisions.Where(d => d.Kind == kind).Sum(d => d.Count);
        }

        table[ReportCodes.Items.AdministrativeFees, ReportCodes.Measures.Amount10kCny] = feesFen / 1_000_000m;
    }

    private static void Count(ProactiveTable table, IDictionary<string, CellSources> sources, string item, string measure, SourceKind kind, IEnumerable<int> ids)
    {
        List<int> list = [.. ids];
        table[item, measure] = list.Count;
        sources[CellKeys.Proactive(item, measure)] = new CellSources(kind, list);
    }
}
