using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Staff;

/// <summary>
/// The account use cases on both databases: who may open, change, disable and reset which account, and what each
/// change does to the stored account (lock-out, security stamp, password, must-change flag).
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class StaffAccountAdministrationTests(PostgresServer postgres)
{
    private const string Password = "Test#Pingqiao2026";

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task System_admin_opens_an_account_with_two_roles_and_a_one_time_password(string provider)
    {
        await using var d = await District.StartAsync(provider, postgres);
        var opened = await d.Host.RunAsync<OpenStaffAccount, Result<IssuedPassword>>(u => u.RunAsync(d.SysAdmin,
            new OpenStaffAccountRequest("b.newcomer", "新同事", d.AgencyB, [StaffRoleNames.Editor, "agencyadmin"])));

        Assert.True(opened.IsSuccess, Messages(opened));
        var user = await d.UserAsync(opened.Value.UserId);
        Assert.Equal(d.AgencyB, user.AgencyId);
        Assert.Equal([StaffRoleNames.AgencyAdmin, StaffRoleNames.Editor], (await d.RolesAsync(user.Id)).Order(StringComparer.Ordinal));
        Assert.True(await d.Users(u => u.CheckPasswordAsync(user, opened.Value.Password)));
        Assert.True(await d.Users(u => PasswordChangeRequired.IsRequiredAsync(u, user)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Agency_admin_manages_its_own_agency_only_and_cannot_grant_district_wide_roles(string provider)
    {
        await using var d = await District.StartAsync(provider, postgres);

        var list = await d.Host.RunAsync<ListStaffAccounts, Result<IReadOnlyList<StaffAccountSummary>>>(u => u.RunAsync(d.AdminA));
        Assert.True(list.IsSuccess);
        Assert.All(list.Value, a => Assert.Equal(d.AgencyA, a.AgencyId));
        Assert.Contains(list.Value, a => a.Id == d.EditorA);
        AssertForbidden(await d.Host.RunAsync<ListStaffAccounts, Result<IReadOnlyList<StaffAccountSummary>>>(u => u.RunAsync(d.AdminA, d.AgencyB)));

        AssertForbidden(await d.Host.RunAsync<OpenStaffAccount, Result<IssuedPassword>>(u => u.RunAsync(d.AdminA,
            new OpenStaffAccountRequest("b.intruder", "外机关", d.AgencyB, [StaffRoleNames.Editor]))), "本机关");
        foreach (var role in new[] { StaffRoleNames.SystemAdmin, StaffRoleNames.Supervisor })
        {
            AssertForbidden(await d.Host.RunAsync<OpenStaffAccount, Result<IssuedPassword>>(u => u.RunAsync(d.AdminA,
                new OpenStaffAccountRequest("a.climber", "越权", d.AgencyA, [StaffRoleNames.Editor, role]))), "只有系统管理员");
            AssertForbidden(await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.AdminA, d.EditorA, [role])), "只有系统管理员");
        }

        Assert.Equal([StaffRoleNames.Editor], await d.RolesAsync(d.EditorA));
        // Another agency's staff, and the system admin who sits in agency A, are out of reach.
        foreach (var target in new[] { d.EditorB, d.SysAdmin })
        {
            AssertForbidden(await d.Host.RunAsync<GetStaffAccount, Result<StaffAccountSummary>>(u => u.RunAsync(d.AdminA, target)));
            AssertForbidden(await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.AdminA, target, [StaffRoleNames.Editor])));
            AssertForbidden(await d.Host.RunAsync<SetStaffAccountDisabled, Result<bool>>(u => u.RunAsync(d.AdminA, target, true)));
            AssertForbidden(await d.Host.RunAsync<ResetStaffPassword, Result<IssuedPassword>>(u => u.RunAsync(d.AdminA, target)));
        }

        Assert.False(StaffAccountState.IsDisabled(await d.UserAsync(d.SysAdmin)));
        AssertForbidden(await d.Host.RunAsync<MoveStaffAccount, Result<int>>(u => u.RunAsync(d.AdminA, d.EditorA, d.AgencyB)), "只有系统管理员");
        Assert.Equal(d.AgencyA, (await d.UserAsync(d.EditorA)).AgencyId);

        // Within its agency it may: several roles per person.
        var set = await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.AdminA, d.EditorA, [StaffRoleNames.Editor, StaffRoleNames.Approver]));
        Assert.True(set.IsSuccess, Messages(set));
        Assert.Equal([StaffRoleNames.Approver, StaffRoleNames.Editor], (await d.RolesAsync(d.EditorA)).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Staff_without_an_admin_role_are_refused_everything(string provider)
    {
        await using var d = await District.StartAsync(provider, postgres);
        AssertForbidden(await d.Host.RunAsync<ListStaffAccounts, Result<IReadOnlyList<StaffAccountSummary>>>(u => u.RunAsync(d.EditorA)), "机关管理员或系统管理员");
        AssertForbidden(await d.Host.RunAsync<OpenStaffAccount, Result<IssuedPassword>>(u => u.RunAsync(d.EditorA,
            new OpenStaffAccountRequest("a.friend", "朋友", d.AgencyA, [StaffRoleNames.Editor]))));
        AssertForbidden(await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.EditorA, d.EditorA, [StaffRoleNames.AgencyAdmin])));
        AssertForbidden(await d.Host.RunAsync<ResetStaffPassword, Result<IssuedPassword>>(u => u.RunAsync(d.EditorA, d.AdminA)));
        AssertForbidden(await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(null, d.EditorA, [StaffRoleNames.AgencyAdmin])));
        Assert.Equal([StaffRoleNames.Editor], await d.RolesAsync(d.EditorA));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task System_admin_grants_district_wide_roles_and_moves_staff_but_keeps_its_own_admin_role(string provider)
    {
        await using var d = await District.StartAsync(provider, postgres);
        var set = await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.SysAdmin, d.EditorB, [StaffRoleNames.Supervisor, StaffRoleNames.Editor]));
        Assert.True(set.IsSuccess, Messages(set));
        // Now a 政务公开办 holder: agency B's own admin may no longer touch the account.
        AssertForbidden(await d.Host.RunAsync<SetStaffAccountDisabled, Result<bool>>(u => u.RunAsync(d.AdminB, d.EditorB, true)), "只有系统管理员");

        var moved = await d.Host.RunAsync<MoveStaffAccount, Result<int>>(u => u.RunAsync(d.SysAdmin, d.EditorA, d.AgencyB));
        Assert.True(moved.IsSuccess, Messages(moved));
        Assert.Equal(d.AgencyB, (await d.UserAsync(d.EditorA)).AgencyId);
        Assert.Equal("not_found", (await d.Host.RunAsync<MoveStaffAccount, Result<int>>(u => u.RunAsync(d.SysAdmin, d.EditorA, 999_999))).Errors[0].Code);

        AssertForbidden(await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.SysAdmin, d.SysAdmin, [StaffRoleNames.Editor])), "自己的管理员角色");
        AssertForbidden(await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.AdminA, d.AdminA, [StaffRoleNames.Editor])), "自己的管理员角色");
        Assert.Equal([StaffRoleNames.SystemAdmin], await d.RolesAsync(d.SysAdmin));
        var none = await d.Host.RunAsync<SetStaffRoles, Result<IReadOnlyList<string>>>(u => u.RunAsync(d.SysAdmin, d.EditorB, []));
        Assert.Equal("role", none.Errors.Single().Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Disabling_locks_the_account_for_good_and_renews_its_security_stamp(string provider)
    {
        await using var d = await District.StartAsync(provider, postgres);
        var stamp = (await d.UserAsync(d.EditorA)).SecurityStamp;

        var disabled = await d.Host.RunAsync<SetStaffAccountDisabled, Result<bool>>(u => u.RunAsync(d.AdminA, d.EditorA, true));

        Assert.True(disabled.IsSuccess, Messages(disabled));
        var user = await d.UserAsync(d.EditorA);
        Assert.True(StaffAccountState.IsDisabled(user));
        Assert.True(await d.Users(u => u.IsLockedOutAsync(user)));
        Assert.NotEqual(stamp, user.SecurityStamp);
        Assert.True((await d.Host.RunAsync<GetStaffAccount, Result<StaffAccountSummary>>(u => u.RunAsync(d.AdminA, d.EditorA))).Value.Disabled);
        // A disabled administrator is no administrator.
        await d.Host.RunAsync<SetStaffAccountDisabled, Result<bool>>(u => u.RunAsync(d.SysAdmin, d.AdminB, true));
        AssertForbidden(await d.Host.RunAsync<ListStaffAccounts, Result<IReadOnlyList<StaffAccountSummary>>>(u => u.RunAsync(d.AdminB)));

        var enabled = await d.Host.RunAsync<SetStaffAccountDisabled, Result<bool>>(u => u.RunAsync(d.AdminA, d.EditorA, false));
        Assert.True(enabled.IsSuccess, Messages(enabled));
        user = await d.UserAsync(d.EditorA);
        Assert.False(await d.Users(u => u.IsLockedOutAsync(user)));
        AssertForbidden(await d.Host.RunAsync<SetStaffAccountDisabled, Result<bool>>(u => u.RunAsync(d.AdminA, d.AdminA, true)), "自己");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reset_password_replaces_it_with_a_one_time_password_to_change_at_next_sign_in(string provider)
    {
        await using var d = await District.StartAsync(provider, postgres);
        var before = await d.UserAsync(d.EditorA);

        var reset = await d.Host.RunAsync<ResetStaffPassword, Result<IssuedPassword>>(u => u.RunAsync(d.AdminA, d.EditorA));

        Assert.True(reset.IsSuccess, Messages(reset));
        var user = await d.UserAsync(d.EditorA);
        Assert.NotEqual(before.SecurityStamp, user.SecurityStamp);
        Assert.False(await d.Users(u => u.CheckPasswordAsync(user, Password)));
        Assert.True(await d.Users(u => u.CheckPasswordAsync(user, reset.Value.Password)));
        Assert.True(await d.Users(u => PasswordChangeRequired.IsRequiredAsync(u, user)));
        AssertForbidden(await d.Host.RunAsync<ResetStaffPassword, Result<IssuedPassword>>(u => u.RunAsync(d.AdminA, d.AdminA)), "修改密码");

        // The owner changes it: the current password is required, and the flag goes.
        var wrong = await d.Host.RunAsync<ChangeOwnPassword, Result<bool>>(u => u.RunAsync(d.EditorA, new ChangeOwnPasswordRequest("Not#TheRight1", "Mine#Own2026pw")));
        Assert.Equal(("current_password", "当前密码不正确。"), (wrong.Errors.Single().Code, wrong.Errors.Single().Message));
        Assert.Equal(1, (await d.UserAsync(d.EditorA)).AccessFailedCount);
        var weak = await d.Host.RunAsync<ChangeOwnPassword, Result<bool>>(u => u.RunAsync(d.EditorA, new ChangeOwnPasswordRequest(reset.Value.Password, "short")));
        Assert.Contains(weak.Errors, e => e.Message.Contains("至少需要 12 个字符", StringComparison.Ordinal));
        var changed = await d.Host.RunAsync<ChangeOwnPassword, Result<bool>>(u => u.RunAsync(d.EditorA, new ChangeOwnPasswordRequest(reset.Value.Password, "Mine#Own2026pw")));
        Assert.True(changed.IsSuccess, Messages(changed));
        user = await d.UserAsync(d.EditorA);
        Assert.True(await d.Users(u => u.CheckPasswordAsync(user, "Mine#Own2026pw")));
        Assert.False(await d.Users(u => PasswordChangeRequired.IsRequiredAsync(u, user)));
    }

    [Fact]
    public async Task One_time_passwords_satisfy_the_staff_password_policy_and_differ()
    {
        var options = new IdentityOptions();
        StaffIdentityOptions.Apply(options);
        var validator = new PasswordValidator<StaffUser>();
        using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var manager = new UserManager<StaffUser>(new NullStore(), Microsoft.Extensions.Options.Options.Create(options),
            new PasswordHasher<StaffUser>(), [], [validator], new UpperInvariantLookupNormalizer(), new IdentityErrorDescriber(), services, null!);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < 500; i++)
        {
            var password = OneTimePassword.Generate();
            var result = await validator.ValidateAsync(manager, new StaffUser(), password);
            Assert.True(result.Succeeded, password + ": " + string.Join(" ", result.Errors.Select(e => e.Code)));
            Assert.True(seen.Add(password));
        }
    }

    private static void AssertForbidden<T>(Result<T> result, string? messagePart = null)
    {
        Assert.False(result.IsSuccess, "expected a refusal");
        var error = Assert.Single(result.Errors);
        Assert.Equal(StaffAccountRules.ForbiddenCode, error.Code);
        if (messagePart is not null)
        {
            Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
        }
    }

    private static string Messages<T>(Result<T> result) => string.Join(" ", result.Errors.Select(e => e.Message));

    /// <summary>Two agencies: A has a system admin, an agency admin and an editor; B an agency admin and an editor.</summary>
    private sealed class District : IAsyncDisposable
    {
        private District(PlatformHost host) => Host = host;

        public PlatformHost Host { get; }

        public int AgencyA { get; private set; }

        public int AgencyB { get; private set; }

        public string SysAdmin { get; private set; } = string.Empty;

        public string AdminA { get; private set; } = string.Empty;

        public string EditorA { get; private set; } = string.Empty;

        public string AdminB { get; private set; } = string.Empty;

        public string EditorB { get; private set; } = string.Empty;

        public static async Task<District> StartAsync(string provider, PostgresServer postgres)
        {
            var d = new District(await PlatformHost.StartAsync(provider, postgres));
            d.AgencyA = await d.AgencyAsync(0);
            d.AgencyB = await d.AgencyAsync(1);
            d.SysAdmin = await d.StaffAsync("sys", StaffRoleNames.SystemAdmin, d.AgencyA);
            d.AdminA = await d.StaffAsync("a.admin", StaffRoleNames.AgencyAdmin, d.AgencyA);
            d.EditorA = await d.StaffAsync("a.editor", StaffRoleNames.Editor, d.AgencyA);
            d.AdminB = await d.StaffAsync("b.admin", StaffRoleNames.AgencyAdmin, d.AgencyB);
            d.EditorB = await d.StaffAsync("b.editor", StaffRoleNames.Editor, d.AgencyB);
            return d;
        }

        public Task<StaffUser> UserAsync(string id) => Users(async u => (await u.FindByIdAsync(id))!);

        public async Task<List<string>> RolesAsync(string id) => [.. await Users(async u => await u.GetRolesAsync((await u.FindByIdAsync(id))!))];

        public Task<T> Users<T>(Func<UserManager<StaffUser>, Task<T>> action) => Host.RunAsync(action);

        public ValueTask DisposeAsync() => Host.DisposeAsync();

        private Task<int> AgencyAsync(int index) => Host.RunAsync<OpenGovInfoDbContext, int>(async db =>
        {
            var (name, kind, creditCode) = DemoDistrict.Agencies[index];
            Assert.True(UnifiedSocialCreditCode.TryParse(creditCode, out var code, out _));
            var agency = new Agency(name, kind, code, null, Host.Clock.GetUtcNow());
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });

        private async Task<string> StaffAsync(string userName, string role, int agencyId)
        {
            var created = await Host.RunAsync<CreateStaffAccount, Result<string>>(u =>
                u.RunAsync(new CreateStaffAccountRequest(userName, userName, agencyId, [role], Password)));
            Assert.True(created.IsSuccess, Messages(created));
            return created.Value;
        }
    }

    /// <summary>The validator reads nothing from the store.</summary>
    private sealed class NullStore : IUserStore<StaffUser>
    {
        public void Dispose()
        {
        }

        public Task<string> GetUserIdAsync(StaffUser user, CancellationToken cancellationToken) => Task.FromResult(user.Id);

        public Task<string?> GetUserNameAsync(StaffUser user, CancellationToken cancellationToken) => Task.FromResult(user.UserName);

        public Task SetUserNameAsync(StaffUser user, string? userName, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<string?> GetNormalizedUserNameAsync(StaffUser user, CancellationToken cancellationToken) => Task.FromResult(user.NormalizedUserName);

        public Task SetNormalizedUserNameAsync(StaffUser user, string? normalizedName, CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IdentityResult> CreateAsync(StaffUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

        public Task<IdentityResult> UpdateAsync(StaffUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

        public Task<IdentityResult> DeleteAsync(StaffUser user, CancellationToken cancellationToken) => Task.FromResult(IdentityResult.Success);

        public Task<StaffUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) => Task.FromResult<StaffUser?>(null);

        public Task<StaffUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) => Task.FromResult<StaffUser?>(null);
    }
}
