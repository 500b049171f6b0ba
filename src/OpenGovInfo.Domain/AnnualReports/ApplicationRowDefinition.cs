namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A data row of Table 3 as printed in the national format.</summary>
/// <param name="Code">Stable identifier, e.g. <c>withheld.state_secret</c>.</param>
/// <param name="Label">Exact printed label of the row's own cell, e.g. <c>1.属于国家秘密</c>.</param>
/// <param name="Kind">Its role in the reconciliation.</param>
/// <param name="Category">The merged category cell it sits under (（三）不予公开 …), or null.</param>
public sealed record ApplicationRowDefinition(string Code, string Label, ApplicationRowKind Kind, OutcomeCategory? Category)
{
    /// <summary>True for rows printed inside the merged 三、本年度办理结果 block.</summary>
    public bool IsUnderResults => Kind is ApplicationRowKind.Outcome or ApplicationRowKind.TotalProcessed;
}
