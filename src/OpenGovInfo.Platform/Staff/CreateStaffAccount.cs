using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Staff;

/// <summary>Input of <see cref="CreateStaffAccount"/>.</summary>
public sealed record CreateStaffAccountRequest(string? UserName, string? DisplayName, int AgencyId, IReadOnlyList<string> Roles, string Password);

/// <summary>
/// Creates a staff account of one agency with one or more roles (<c>ogi staff add</c>; a small office's 信息员 is often
/// also its 机关管理员): how a new installation gets its first
/// 系统管理员, who then works in the back office. The password must satisfy the staff password policy.
/// </summary>
public sealed class CreateStaffAccount(OpenGovInfoDbContext db, UserManager<StaffUser> users, StaffRoleSetup roles)
{
    /// <summary>Runs the use case; the value is the new account's id.</summary>
    public async Task<Result<string>> RunAsync(CreateStaffAccountRequest request, CancellationToken cancellationToken = default)
    {
        var errors = new List<Error>();
        var userName = request.UserName?.Trim() ?? string.Empty;
        var displayName = request.DisplayName?.Trim() ?? string.Empty;
        if (userName.Length is 0 or > 64)
        {
            errors.Add(new Error("user_name", "账号不能为空，且不能超过 64 个字符。", "UserName"));
        }

        if (displayName.Length is 0 or > 50)
        {
            errors.Add(new Error("display_name", "姓名不能为空，且不能超过 50 个字符。", "DisplayName"));
        }

        var roleNames = request.Roles.Select(name => (Name: name, Role: StaffRoleNames.Ids.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase)))).ToList();
        if (roleNames.Count == 0 || roleNames.Exists(r => r.Role is null))
        {
            var wrong = string.Join("、", roleNames.Where(r => r.Role is null).Select(r => $"“{r.Name}”"));
            errors.Add(new Error("role", $"{(wrong.Length > 0 ? $"角色 {wrong} 不存在。" : "请至少指定一个角色。")}角色应为以下之一：{string.Join("、", StaffRoleNames.Ids.Select(r => $"{r}（{StaffRoleNames.ChineseName(r)}）"))}。", "Role"));
        }

        if (!await db.Agencies.AnyAsync(a => a.Id == request.AgencyId, cancellationToken))
        {
            errors.Add(Error.NotFound("该机关") with { Field = "AgencyId" });
        }

        if (errors.Count > 0)
        {
            return Result.Failure<string>([.. errors]);
        }

        // A fresh installation has no roles until the web host first starts; create them here too (idempotent).
        await roles.EnsureRolesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new StaffUser { UserName = userName, DisplayName = displayName, AgencyId = request.AgencyId };
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return Result.Failure<string>([.. created.Errors.Select(e => new Error(e.Code, e.Description, "Password"))]);
        }

        StaffRoleSetup.EnsureSucceeded(await users.AddToRolesAsync(user, roleNames.Select(r => r.Role).OfType<string>().Distinct()), userName);
        await transaction.CommitAsync(cancellationToken);
        return Result.Success(user.Id);
    }
}
