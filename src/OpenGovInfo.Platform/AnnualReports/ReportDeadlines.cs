using OpenGovInfo.Domain.Agencies;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// 条例 第四十九条: departments publish the previous year's report by 31 January, a government's own report (which
/// rolls up its departments) by 31 March. Townships follow the departments' date, as most local notices ask.
/// Calendar dates, not working days.
/// </summary>
public static class ReportDeadlines
{
    /// <summary>The last day to publish the report for <paramref name="year"/>.</summary>
    public static DateOnly Due(AgencyKind kind, int year) =>
        kind == AgencyKind.DistrictGovernment ? new DateOnly(year + 1, 3, 31) : new DateOnly(year + 1, 1, 31);

    /// <summary>Late: not published by the due date (judged on <paramref name="today"/> or on the publication day).</summary>
    public static bool IsLate(AgencyKind kind, int year, DateOnly? publishedOn, DateOnly today) =>
        (publishedOn ?? today) > Due(kind, year);
}
