namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>Whose report it is: an agency's own, or the district report (the district government's, rolled up).</summary>
/// <param name="AgencyId">The reporting agency (the district government for the district report).</param>
/// <param name="IsDistrict">
/// True for the district government: its report is the roll-up of its departments and townships
/// (<see cref="CompileDistrictReport"/>), compiled by 政务公开办 and cleared by the government's 审批领导 (ADR 0019).
/// </param>
public sealed record ReportScope(int AgencyId, bool IsDistrict);
