namespace OpenGovInfo.Domain.Staff;

/// <summary>
/// The names of <see cref="StaffRoles"/>: the stable identifiers stored as role names (derived from the enum with
/// <c>nameof</c>, so they cannot drift) and the Chinese names people read, written here once.
/// </summary>
public static class StaffRoleNames
{
    /// <summary>Identifier of <see cref="StaffRoles.Editor"/>.</summary>
    public const string Editor = nameof(StaffRoles.Editor);

    /// <summary>Identifier of <see cref="StaffRoles.ConfidentialityReviewer"/>.</summary>
    public const string ConfidentialityReviewer = nameof(StaffRoles.ConfidentialityReviewer);

    /// <summary>Identifier of <see cref="StaffRoles.LegalReviewer"/>.</summary>
    public const string LegalReviewer = nameof(StaffRoles.LegalReviewer);

    /// <summary>Identifier of <see cref="StaffRoles.Approver"/>.</summary>
    public const string Approver = nameof(StaffRoles.Approver);

    /// <summary>Identifier of <see cref="StaffRoles.AgencyAdmin"/>.</summary>
    public const string AgencyAdmin = nameof(StaffRoles.AgencyAdmin);

    /// <summary>Identifier of <see cref="StaffRoles.Supervisor"/>.</summary>
    public const string Supervisor = nameof(StaffRoles.Supervisor);

    /// <summary>Identifier of <see cref="StaffRoles.SystemAdmin"/>.</summary>
    public const string SystemAdmin = nameof(StaffRoles.SystemAdmin);

    /// <summary>Every role a person can hold, in display order.</summary>
    public static IReadOnlyList<StaffRoles> All { get; } =
    [
        StaffRoles.Editor, StaffRoles.ConfidentialityReviewer, StaffRoles.LegalReviewer, StaffRoles.Approver,
        StaffRoles.AgencyAdmin, StaffRoles.Supervisor, StaffRoles.SystemAdmin,
    ];

    /// <summary>The identifiers of <see cref="All"/>, in display order.</summary>
    public static IReadOnlyList<string> Ids { get; } = [.. All.Select(Id)];

    /// <summary>The stable identifier of one role.</summary>
    public static string Id(StaffRoles role) => role.ToString();

    /// <summary>The Chinese name of one role.</summary>
    public static string ChineseName(StaffRoles role) => role switch
    {
        StaffRoles.Editor => "信息员",
        StaffRoles.ConfidentialityReviewer => "保密审查员",
        StaffRoles.LegalReviewer => "法制审核员",
        StaffRoles.Approver => "审批领导",
        StaffRoles.AgencyAdmin => "机关管理员",
        StaffRoles.Supervisor => "政务公开办",
        StaffRoles.SystemAdmin => "系统管理员",
        StaffRoles.System => "系统",
        _ => Describe(role),
    };

    /// <summary>The Chinese name of a role given by identifier; an unknown identifier is shown as it is.</summary>
    public static string ChineseName(string id) => Parse(id) is var role && role != StaffRoles.None ? ChineseName(role) : id;

    /// <summary>The Chinese names of every role in <paramref name="roles"/>, joined with 、.</summary>
    public static string Describe(StaffRoles roles) =>
        string.Join("、", All.Append(StaffRoles.System).Where(r => roles.HasFlag(r)).Select(ChineseName));

    /// <summary>The role an identifier names (any case), or <see cref="StaffRoles.None"/>.</summary>
    public static StaffRoles Parse(string? id) =>
        All.FirstOrDefault(r => string.Equals(Id(r), id?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The roles named by several identifiers; unknown ones are ignored.</summary>
    public static StaffRoles Of(IEnumerable<string> ids) =>
        ids.Aggregate(StaffRoles.None, (roles, id) => roles | Parse(id));
}
