using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.PersonalData;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.PersonalData;

/// <summary>
/// <c>ogi personal-data rekey [--provider P] [--connection CS]</c>: re-seals every applicant's personal data with
/// <c>PersonalData:CurrentKey</c> (keys from the same configuration as the web host: environment variables
/// <c>PersonalData__Keys__{id}</c>, <c>PersonalData__CurrentKey</c>, <c>PersonalData__HashKey</c>). Afterwards the
/// old keys may be removed. Exit 0 when done.
/// </summary>
public sealed class PersonalDataRekeyCommand(IAnsiConsole console) : AsyncCommand<PersonalDataRekeyCommand.Settings>
{
    /// <summary>Options: the database only; keys come from the environment, never from the command line.</summary>
    public sealed class Settings : DatabaseSettings
    {
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var cipher = scope.ServiceProvider.GetRequiredService<PersonalDataCipher>();
        if (cipher.IsDevelopmentKey)
        {
            console.MarkupLine("[yellow]注意：未配置 PersonalData:CurrentKey，正在使用公开的开发密钥（仅限演示和测试）。[/]");
        }

        // Rows an earlier version left in clear are sealed first, so that the re-sealing below can read every row.
        var upgraded = await scope.ServiceProvider.GetRequiredService<EncryptPlaintextPersonalData>().RunAsync(cancellationToken);
        var done = await scope.ServiceProvider.GetRequiredService<RekeyPersonalData>().RunAsync(null, cancellationToken);
        console.MarkupLine($"已用密钥 {Markup.Escape(cipher.CurrentKey)} 重新加密 {done} 件申请的个人信息（其中 {upgraded} 件原为明文）。");
        console.MarkupLine("此后可从配置中删除旧密钥。");
        return 0;
    }
}
