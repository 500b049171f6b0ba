using System.ComponentModel;
using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Staff;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Setup;

/// <summary>
/// <c>ogi staff add</c>: creates a staff account, e.g. a new installation's first 系统管理员. The password is read
/// from a file or standard input (<c>--password-file -</c>), never from the command line, where it would show in the
/// process list and shell history; without it a strong password is generated and printed once.
/// </summary>
public sealed class StaffAddCommand(IAnsiConsole console) : AsyncCommand<StaffAddCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>Sign-in name.</summary>
        [CommandOption("--user <USER>")]
        [Description("登录账号，如 admin")]
        public string? UserName { get; init; }

        /// <summary>Display name.</summary>
        [CommandOption("--name <NAME>")]
        [Description("姓名，如 张敏")]
        public string? DisplayName { get; init; }

        /// <summary>Agency id.</summary>
        [CommandOption("--agency <ID>")]
        [Description("所属机关编号（见 ogi agency add 的输出）")]
        public int Agency { get; init; }

        /// <summary>Roles (the option may be given several times).</summary>
        [CommandOption("--role <ROLE>")]
        [Description("角色（可多次指定）：Editor、ConfidentialityReviewer、LegalReviewer、Approver、AgencyAdmin、Supervisor、SystemAdmin")]
        public string[] Roles { get; init; } = [];

        /// <summary>Password file, or - for standard input.</summary>
        [CommandOption("--password-file <PATH>")]
        [Description("从文件读取密码（第一行）；- 表示标准输入。省略则生成随机密码并显示一次")]
        public string? PasswordFile { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var generated = settings.PasswordFile is null;
        string password;
        if (generated)
        {
            password = Generate();
        }
        else
        {
            using var reader = settings.PasswordFile is null or "-" ? new StreamReader(Console.OpenStandardInput()) : new StreamReader(settings.PasswordFile);
            password = (await reader.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? string.Empty;
        }

        await using var services = settings.BuildServices(s => s.AddStaffAccounts());
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateStaffAccount>().RunAsync(
            new CreateStaffAccountRequest(settings.UserName, settings.DisplayName, settings.Agency, settings.Roles, password), cancellationToken);
        if (!result.IsSuccess)
        {
            return CliErrors.Refused(console, result.Errors);
        }

        var roleNames = string.Join("、", settings.Roles.Select(r => StaffRoleNames.Ids.First(k => string.Equals(k, r.Trim(), StringComparison.OrdinalIgnoreCase))).Distinct().Select(StaffRoleNames.ChineseName));
        // !: CreateStaffAccount succeeded, so it had a user name.
        console.MarkupLine($"已创建账号 {Markup.Escape(settings.UserName!.Trim())}（{Markup.Escape(roleNames)}）。");
        if (generated)
        {
            console.MarkupLine($"初始密码（只显示这一次，请登录后修改并启用两步验证）：{Markup.Escape(password)}");
        }

        return 0;
    }

    // 20 characters from a set without look-alikes, plus one of each class the password policy asks for.
    private static string Generate()
    {
        const string letters = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        var core = RandomNumberGenerator.GetString(letters, 20);
        return $"{core}#{RandomNumberGenerator.GetString("ABCDEFGHJKLMNPQRSTUVWXYZ", 1)}{RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyz", 1)}{RandomNumberGenerator.GetInt32(2, 10)}";
    }
}
