namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A numeric column of a Table 2 block, e.g. 本年制发件数.</summary>
/// <param name="Code">Stable identifier, e.g. <c>issued_this_year</c>.</param>
/// <param name="Label">Exact printed column header.</param>
/// <param name="IsDecimal">True for amounts (万元) that may have decimals; counts are integers.</param>
/// <param name="IsSigned">True where the format allows negative values (2019 本年增/减).</param>
public sealed record ProactiveMeasure(string Code, string Label, bool IsDecimal = false, bool IsSigned = false);
