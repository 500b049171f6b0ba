namespace OpenGovInfo.Domain.AnnualReports;

/// <summary>A column of Table 3 (申请人情况): one applicant type, or the computed 总计.</summary>
/// <param name="Code">Stable identifier, e.g. <c>natural_person</c>.</param>
/// <param name="Label">Exact printed label, e.g. <c>自然人</c>.</param>
/// <param name="IsOrganisation">True for the five columns under 法人或其他组织.</param>
/// <param name="IsTotal">True for the 总计 column (= sum of the six applicant columns).</param>
public sealed record ApplicantColumn(string Code, string Label, bool IsOrganisation, bool IsTotal);
