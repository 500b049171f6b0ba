using System.Globalization;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Platform.Registers;

/// <summary>
/// A stored row written back as the import's cells (Chinese column → text), so that a correction form starts from the
/// row's values and goes through the same validator as an import; also the basis of "what changed" in the history.
/// </summary>
internal static class RegisterEntryCells
{
    public static Dictionary<string, string> Of(object row) => row switch
    {
        RegisterDocumentRow d => new(StringComparer.Ordinal)
        {
            [RegisterColumns.Kind] = d.Kind == RegisterDocumentKind.Regulation ? "规章" : "行政规范性文件",
            [RegisterColumns.Title] = d.Title,
            [RegisterColumns.DocumentNumber] = d.DocumentNumber,
            [RegisterColumns.IssuedOn] = Date(d.IssuedOn),
            [RegisterColumns.RepealedOn] = d.RepealedOn is { } repealed ? Date(repealed) : string.Empty,
        },
        RegisterDecisionRow d => new(StringComparer.Ordinal)
        {
            [RegisterColumns.Kind] = d.Kind switch
            {
                EnforcementDecisionKind.Licensing => "行政许可",
                EnforcementDecisionKind.Penalty => "行政处罚",
                _ => "行政强制",
            },
            [RegisterColumns.DecisionNumber] = d.DecisionNumber,
            [RegisterColumns.DecidedOn] = Date(d.DecidedOn),
            [RegisterColumns.Subject] = d.SubjectPublicName,
            [RegisterColumns.SubjectType] = d.IsNaturalPerson ? "自然人" : "法人或其他组织",
        },
        RegisterFeeRow f => new(StringComparer.Ordinal)
        {
            [RegisterColumns.FeeItem] = f.FeeItem,
            [RegisterColumns.AmountYuan] = (f.AmountFen / 100m).ToString("0.00", CultureInfo.InvariantCulture),
            [RegisterColumns.CollectedOn] = Date(f.CollectedOn),
        },
        _ => throw new ArgumentException("Not a register row.", nameof(row)),
    };

    /// <summary>"列：旧 → 新" for each changed column, one a line; empty when nothing changed.</summary>
    public static string Changes(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        string.Join("\n", before.Where(b => after.TryGetValue(b.Key, out var a) && a != b.Value)
            .Select(b => $"{b.Key}：{Shown(b.Value)} → {Shown(after[b.Key])}"));

    private static string Shown(string value) => value.Length == 0 ? "（空）" : value;

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
