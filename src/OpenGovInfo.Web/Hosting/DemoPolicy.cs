using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Hosting;

/// <summary>When the demo district may be seeded, and how to tell the person who started the app.</summary>
public static class DemoPolicy
{
    /// <summary>
    /// Never in Production. Otherwise <c>Demo:Seed</c> decides; unset means "only in Development".
    /// </summary>
    public static bool ShouldSeed(IHostEnvironment environment, IConfiguration configuration)
    {
        if (environment.IsProduction())
        {
            return false;
        }

        var setting = configuration["Demo:Seed"];
        return bool.TryParse(setting, out var seed) ? seed : environment.IsDevelopment();
    }

    /// <summary>
    /// Logs the sign-in URL, the accounts and the demo password (a documented development value, not a secret) at
    /// Information: it is what the person starting the demo needs to read, not something wrong.
    /// </summary>
    public static void PrintSignIn(WebApplication app, string password, ILogger logger)
    {
        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var accounts = string.Join(Environment.NewLine, DemoDistrict.Staff.Select(s =>
            $"    {s.UserName,-16} {StaffRoleNames.ChineseName(s.Role)}（{s.Agency}）"));
        var urls = DefaultUrls.First(app.Configuration);
        logger.LogInformation(
            "已创建演示数据：平桥区。门户 {Url}/ ，后台登录 {Url}/staff/login ，密码 {Password}（配置项 Demo:Password，仅用于演示）。演示账号：{NewLine}{Accounts}",
            urls, urls, password, Environment.NewLine, accounts);
    }
}
