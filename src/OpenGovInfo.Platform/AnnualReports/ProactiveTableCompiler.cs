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
    /// <summary>Fills <paramref name="table"/> and records each value's register rows.</summary>
    public static void Compile(int year, IReadOnlyList<RegisterDocumentRow> documents, IReadOnlyList<RegisterDecisionRow> decisions,
        IReadOnlyList<RegisterFeeRow> fees, ProactiveTable table, IDictionary<string, CellSources> sources)
    {
        var end = new DateOnly(year, 12, 31);
        foreach (var (item, kind) in new[] { ("regulations", RegisterDocumentKind.Regulation), ("normative_documents", RegisterDocumentKind.NormativeDocument) })
        {
            var ofKind = documents.Where(d => d.Kind == kind).OrderBy(d => d.Id).ToList();
            Count(table, sources, item, "issued_this_year", SourceKind.RegisterDocument, ofKind.Where(d => d.IssuedOn.Year == year).Select(d => d.Id));
            Count(table, sources, item, "repealed_this_year", SourceKind.RegisterDocument, ofKind.Where(d => d.RepealedOn?.Year == year).Select(d => d.Id));
            Count(table, sources, item, "in_force", SourceKind.RegisterDocument,
                ofKind.Where(d => d.IssuedOn <= end && (d.RepealedOn is null || d.RepealedOn > end)).Select(d => d.Id));
        }

        foreach (var (item, kind) in new[]
                 {
                     ("administrative_licensing", EnforcementDecisionKind.Licensing), ("administrative_penalty", EnforcementDecisionKind.Penalty),
                     ("administrative_coercion", EnforcementDecisionKind.Coercion),
                 })
        {
            Count(table, sources, item, "decisions_this_year", SourceKind.RegisterDecision,
                decisions.Where(d => d.Kind == kind && d.DecidedOn.Year == year).OrderBy(d => d.Id).Select(d => d.Id));
        }

        var collected = fees.Where(f => f.CollectedOn.Year == year).OrderBy(f => f.Id).ToList();
        table["administrative_fees", "amount_10k_cny"] = collected.Sum(f => f.AmountFen) / 1_000_000m;
        sources[CellKeys.Proactive("administrative_fees", "amount_10k_cny")] = new CellSources(SourceKind.RegisterFee, [.. collected.Select(f => f.Id)]);
    }

    private static void Count(ProactiveTable table, IDictionary<string, CellSources> sources, string item, string measure, SourceKind kind, IEnumerable<int> ids)
    {
        List<int> list = [.. ids];
        table[item, measure] = list.Count;
        sources[CellKeys.Proactive(item, measure)] = new CellSources(kind, list);
    }
}
