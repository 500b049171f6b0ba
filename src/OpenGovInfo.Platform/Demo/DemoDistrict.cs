using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Demo;

/// <summary>
/// 平桥区, a demonstration district. Credit codes are fictitious but carry valid GB 32100-2015 check characters
/// (机关 category "11", division 411503).
/// </summary>
public static class DemoDistrict
{
    /// <summary>The seed's bureau, whose staff hold every agency role.</summary>
    public const string Bureau = "平桥区科学技术和工业信息化局";

    /// <summary>The district government.</summary>
    public const string Government = "平桥区人民政府";

    /// <summary>Where 政务公开办 sits.</summary>
    public const string GovernmentOffice = "平桥区人民政府办公室";

    /// <summary>Agencies: name, kind, credit code; all but the first belong to the district government.</summary>
    public static IReadOnlyList<(string Name, AgencyKind Kind, string CreditCode)> Agencies { get; } =
    [
        (Government, AgencyKind.DistrictGovernment, "11411503005056010E"),
        (GovernmentOffice, AgencyKind.Department, "11411503005056021J"),
        (Bureau, AgencyKind.Department, "11411503005056032N"),
        ("平桥区教育局", AgencyKind.Department, "11411503005056043T"),
        ("平桥区财政局", AgencyKind.Department, "11411503005056054Y"),
        ("平桥区卫生健康委员会", AgencyKind.Department, "114115030050560653"),
        ("平桥区明港镇人民政府", AgencyKind.Township, "114115030050560767"),
    ];

    /// <summary>Staff accounts: user name, display name, role, agency name.</summary>
    public static IReadOnlyList<(string UserName, string DisplayName, string Role, string Agency)> Staff { get; } =
    [
        ("kgx.editor", "王丽", StaffRoleNames.Editor, Bureau),
        ("kgx.secrecy", "李强", StaffRoleNames.ConfidentialityReviewer, Bureau),
        ("kgx.legal", "赵敏", StaffRoleNames.LegalReviewer, Bureau),
        ("kgx.approver", "陈建国", StaffRoleNames.Approver, Bureau),
        ("kgx.admin", "刘洋", StaffRoleNames.AgencyAdmin, Bureau),
        ("gkb.supervisor", "孙涛", StaffRoleNames.Supervisor, GovernmentOffice),
        ("sysadmin", "周平", StaffRoleNames.SystemAdmin, Government),
    ];

    /// <summary>The bureau's sample disclosure guide.</summary>
    public const string BureauGuide =
        "<h2>一、主动公开</h2><p>本机关主动公开的政府信息，通过平桥区人民政府门户网站“政府信息公开”专栏发布。</p>" +
        "<h2>二、依申请公开</h2><p>公民、法人或者其他组织可以通过网络、信函或者当面提交的方式申请获取本机关的政府信息。</p>" +
        "<h2>三、受理机构</h2><p>平桥区科学技术和工业信息化局办公室，工作日上午 8:30—12:00，下午 15:00—18:00。</p>";

    /// <summary>The bureau's sample disclosure rules.</summary>
    public const string BureauRules =
        "<p>依据《中华人民共和国政府信息公开条例》，本机关建立政府信息公开审查、发布、协调和监督制度。</p>" +
        "<ol><li>拟公开的政府信息应经保密审查。</li><li>依申请公开答复应经法制审核并由审批领导签发。</li></ol>";
}
