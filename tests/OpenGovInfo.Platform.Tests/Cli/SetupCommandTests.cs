using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Staff;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Cli;

/// <summary>
/// A new installation is set up from the command line: migrate, add the district government and a department, create
/// the first administrator; bad input is refused in Chinese with exit code 2 and writes nothing.
/// </summary>
[Collection(DatabaseCollection.Name)]
public sealed class SetupCommandTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_empty_database_gets_its_agencies_and_a_first_administrator_who_can_sign_in(string provider)
    {
        var database = await TestDatabase.CreateAsync(provider, postgres);
        string[] db = ["--provider", provider, "--connection", database.ConnectionString];
        Assert.Equal(0, CliRunner.Run(["db", "migrate", .. db]).Code);

        var (code, output) = CliRunner.Run(["agency", "add", "--name", "平桥区人民政府", "--credit-code", "11411503005056010E", "--kind", "DistrictGovernment", .. db]);
        Assert.Equal(0, code);
        var governmentId = int.Parse(System.Text.RegularExpressions.Regex.Match(output, @"编号 (\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(0, CliRunner.Run(["agency", "add", "--name", "平桥区科学技术和工业信息化局", "--credit-code", "11411503005056032N", "--kind", "Department",
            "--parent", governmentId.ToString(System.Globalization.CultureInfo.InvariantCulture), .. db]).Code);

        var passwordFile = Path.GetTempFileName();
        await File.WriteAllTextAsync(passwordFile, "Strong#Passw0rd2026\n");
        try
        {
            (code, output) = CliRunner.Run(["staff", "add", "--user", "admin", "--name", "张敏", "--agency", governmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--role", "SystemAdmin", "--password-file", passwordFile, .. db]);
            Assert.Equal(0, code);
            Assert.Contains("系统管理员", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Strong#Passw0rd2026", output, StringComparison.Ordinal);

            (code, output) = CliRunner.Run(["staff", "add", "--user", "editor", "--name", "李华", "--agency", governmentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "--role", "Editor", "--role", "AgencyAdmin", .. db]);
            Assert.Equal(0, code);
            Assert.Contains("信息员、机关管理员", output, StringComparison.Ordinal);
            var generated = System.Text.RegularExpressions.Regex.Match(output, "初始密码[^：]*：(\\S+)").Groups[1].Value;
            Assert.True(generated.Length >= 20, output);

            await using var host = await PlatformHostOn(database);
            await host.RunAsync<UserManager<StaffUser>>(async users =>
            {
                var admin = await users.FindByNameAsync("admin");
                Assert.NotNull(admin);
                Assert.Equal(governmentId, admin.AgencyId);
                Assert.True(await users.CheckPasswordAsync(admin, "Strong#Passw0rd2026"));
                Assert.Equal([StaffRoleNames.SystemAdmin], await users.GetRolesAsync(admin));
                var editor = (await users.FindByNameAsync("editor"))!;
                Assert.True(await users.CheckPasswordAsync(editor, generated));
                // Both roles given with --role are kept, not only the last.
                Assert.Equal([StaffRoleNames.AgencyAdmin, StaffRoleNames.Editor], (await users.GetRolesAsync(editor)).Order(StringComparer.Ordinal));
            });
        }
        finally
        {
            File.Delete(passwordFile);
            database.DeleteFiles();
        }
    }

    [Fact]
    public async Task Bad_input_is_refused_in_Chinese_with_exit_code_2_and_nothing_is_written()
    {
        var database = await TestDatabase.CreateAsync("Sqlite", postgres);
        string[] db = ["--provider", "Sqlite", "--connection", database.ConnectionString];
        Assert.Equal(0, CliRunner.Run(["db", "migrate", .. db]).Code);

        var (code, output) = CliRunner.Run(["agency", "add", "--name", "平桥区人民政府", "--credit-code", "11411503005056010A", "--kind", "DistrictGovernment", .. db]);
        Assert.Equal(2, code);
        Assert.Contains("统一社会信用代码", output, StringComparison.Ordinal);
        (code, output) = CliRunner.Run(["agency", "add", "--name", "平桥区科技局", "--credit-code", "11411503005056032N", "--kind", "Department", .. db]);
        Assert.Equal(2, code);
        Assert.Contains("上级机关", output, StringComparison.Ordinal);

        Assert.Equal(0, CliRunner.Run(["agency", "add", "--name", "平桥区人民政府", "--credit-code", "11411503005056010E", "--kind", "DistrictGovernment", .. db]).Code);
        var weak = Path.GetTempFileName();
        await File.WriteAllTextAsync(weak, "short\n");
        try
        {
            (code, output) = CliRunner.Run(["staff", "add", "--user", "admin", "--name", "张敏", "--agency", "1", "--role", "SystemAdmin", "--password-file", weak, .. db]);
            Assert.Equal(2, code);
            Assert.Contains("密码至少需要", output, StringComparison.Ordinal);
            (code, output) = CliRunner.Run(["staff", "add", "--user", "admin", "--name", "张敏", "--agency", "1", "--role", "Editor", "--role", "Emperor", .. db]);
            Assert.Equal(2, code);
            Assert.Contains("“Emperor”", output, StringComparison.Ordinal);
            Assert.Contains("不存在", output, StringComparison.Ordinal);
            Assert.Contains("角色应为以下之一", output, StringComparison.Ordinal);
            (code, output) = CliRunner.Run(["staff", "add", "--user", "admin", "--name", "张敏", "--agency", "1", .. db]);
            Assert.Equal(2, code);
            Assert.Contains("请至少指定一个角色", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(weak);
        }

        await using var host = await PlatformHostOn(database);
        Assert.Equal(1, await host.RunAsync<OpenGovInfoDbContext, int>(d => d.Agencies.CountAsync()));
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(d => d.Users.CountAsync()));
        database.DeleteFiles();
    }

    private static Task<PlatformHost> PlatformHostOn(TestDatabase database) => PlatformHost.OnExistingAsync(database);
}
