namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// What kind of body issued a report, from its name: a 人民政府 (or its 办公室/办公厅 publishing the 本级政府 report,
/// or a 管委会 acting as one) or a department. 条例 第四十九条 gives the two different deadlines; 第五十条 asks
/// 各级人民政府 for 工作考核、社会评议和责任追究结果.
/// </summary>
public static class Issuer
{
    private static readonly string[] GovernmentEndings =
        ["人民政府", "人民政府办公室", "人民政府办公厅", "管理委员会", "管委会", "（管委会，全区汇总）"];

    private static readonly string[] PlaceEndings = ["省", "市", "县", "区", "旗", "州", "盟", "自治区", "乡", "镇"];

    /// <summary>True when the name is a people's government (any level) or the office publishing its report.</summary>
    public static bool IsGovernment([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? agency)
    {
        if (agency is null)
        {
            return false;
        }

        var name = AgencyNames.Key(agency);
        // A report titled by a place alone (淮安市, 平潭综合实验区) is that place's government report.
        return PlaceEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal)) || GovernmentEndings.Any(e => name.EndsWith(LabelText.Normalize(e), StringComparison.Ordinal))
            || name.Contains("全区汇总", StringComparison.Ordinal) || name.Contains("全市汇总", StringComparison.Ordinal);
    }

    /// <summary>True for a 县级以上 government (a 乡/镇 government reports on the department timetable).</summary>
    public static bool IsCountyOrAboveGovernment(string? agency)
    {
        if (!IsGovernment(agency))
        {
            return false;
        }

        var name = AgencyNames.Key(agency);
        var government = name.IndexOf("人民政府", StringComparison.Ordinal);
        var place = government < 0 ? name : name[..government];
        return !(place.EndsWith('乡') || place.EndsWith('镇'));
    }
}
