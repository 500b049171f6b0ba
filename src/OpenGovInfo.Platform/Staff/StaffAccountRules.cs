using System.Diagnostics.CodeAnalysis;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;

namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// Who may administer which staff account: 系统管理员 every account; 机关管理员 only its own agency's accounts, and
/// never one holding a district-wide role (系统管理员, 政务公开办), which only 系统管理员 grants. Without that last
/// rule an agency admin could reset a system admin's password and become one.
/// </summary>
public static class StaffAccountRules
{
    /// <summary>The error code of a refused action (the web answers 403).</summary>
    public const string ForbiddenCode = "forbidden";

    /// <summary>Roles that reach beyond one agency: only 系统管理员 grants them or manages their holders.</summary>
    public static IReadOnlySet<string> DistrictWideRoles { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        StaffRoleNames.SystemAdmin,
        StaffRoleNames.Supervisor,
    };

    /// <summary>Null when <paramref name="actor"/> may open the account pages at all.</summary>
    public static Error? MayAdminister(StaffActor? actor) => MayAdminister(actor, out var refused) ? null : refused;

    /// <summary>True when <paramref name="actor"/> may open the account pages at all; otherwise the refusal.</summary>
    public static bool MayAdminister([NotNullWhen(true)] StaffActor? actor, [NotNullWhen(false)] out Error? refused)
    {
        if (actor is { IsSystemAdmin: true } or { IsAgencyAdmin: true })
        {
            refused = null;
            return true;
        }

        refused = Forbidden("只有机关管理员或系统管理员可以管理工作人员账号。");
        return false;
    }

    /// <summary>Null when <paramref name="actor"/> may change an account of <paramref name="agencyId"/> holding <paramref name="roles"/>.</summary>
    public static Error? MayManage(StaffActor? actor, int agencyId, IEnumerable<string> roles)
    {
        if (!MayAdminister(actor, out var error))
        {
            return error;
        }

        if (actor.IsSystemAdmin)
        {
            return null;
        }

        if (actor.AgencyId != agencyId)
        {
            return Forbidden("机关管理员只能管理本机关工作人员的账号。");
        }

        return roles.Any(DistrictWideRoles.Contains)
            ? Forbidden("该账号具有系统管理员或政务公开办角色，只有系统管理员可以管理。")
            : null;
    }

    /// <summary>Null when <paramref name="actor"/> may grant every role in <paramref name="roles"/>.</summary>
    public static Error? MayGrant(StaffActor actor, IEnumerable<string> roles)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var refused = roles.Where(r => !actor.IsSystemAdmin && DistrictWideRoles.Contains(r)).ToList();
        return refused.Count == 0
            ? null
            : Forbidden($"只有系统管理员可以授予{string.Join("、", refused.Select(r => $"“{StaffRoleNames.ChineseName(r)}”"))}角色。");
    }

    /// <summary>The roles <paramref name="actor"/> may grant, in display order.</summary>
    public static IReadOnlyList<string> GrantableRoles(StaffActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return [.. StaffRoleNames.Ids.Where(r => actor.IsSystemAdmin || !DistrictWideRoles.Contains(r))];
    }

    /// <summary>
    /// Maps role names (stable or any case) to <see cref="StaffRoleNames.Ids"/>; an error for an unknown one or none at all.
    /// </summary>
    public static Result<IReadOnlyList<string>> ParseRoles(IEnumerable<string?> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var parsed = names.OfType<string>().Select(n => n.Trim()).Where(n => n.Length > 0)
            .Select(n => (Name: n, Role: StaffRoleNames.Ids.FirstOrDefault(r => string.Equals(r, n, StringComparison.OrdinalIgnoreCase))))
            .ToList();
        var unknown = parsed.Where(p => p.Role is null).Select(p => $"“{p.Name}”").ToList();
        if (unknown.Count > 0)
        {
            return Result.Failure<IReadOnlyList<string>>(new Error("role", $"角色 {string.Join("、", unknown)} 不存在。", "Roles"));
        }

        return parsed.Count == 0
            ? Result.Failure<IReadOnlyList<string>>(new Error("role", "请至少选择一个角色。", "Roles"))
            : Result.Success<IReadOnlyList<string>>([.. parsed.Select(p => p.Role).OfType<string>().Distinct(StringComparer.Ordinal)]);
    }

    /// <summary>A refusal with a message for people.</summary>
    public static Error Forbidden(string message) => new(ForbiddenCode, message);
}
