using System.ComponentModel;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Cli.Db;
using OpenGovInfo.Platform.Agencies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Setup;

/// <summary><c>ogi agency add</c>: adds an agency to a new (or growing) installation.</summary>
public sealed class AgencyAddCommand(IAnsiConsole console) : AsyncCommand<AgencyAddCommand.Settings>
{
    /// <summary>Options.</summary>
    public sealed class Settings : DatabaseSettings
    {
        /// <summary>Full official name.</summary>
        [CommandOption("--name <NAME>")]
        [Description("机关全称，如 平桥区人民政府")]
        public string? Name { get; init; }

        /// <summary>统一社会信用代码.</summary>
        [CommandOption("--credit-code <CODE>")]
        [Description("统一社会信用代码（18 位，按 GB 32100-2015 校验）")]
        public string? CreditCode { get; init; }

        /// <summary>DistrictGovernment, Department or Township.</summary>
        [CommandOption("--kind <KIND>")]
        [Description("机关类型：DistrictGovernment（区人民政府）、Department（政府部门）、Township（乡镇、街道）")]
        public string? Kind { get; init; }

        /// <summary>Parent agency id.</summary>
        [CommandOption("--parent <ID>")]
        [Description("上级机关编号（政府部门、乡镇必填）")]
        public int? Parent { get; init; }
    }

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        await using var services = settings.BuildServices();
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<CreateAgency>()
            .RunAsync(new CreateAgencyRequest(settings.Name, settings.CreditCode, settings.Kind, settings.Parent), cancellationToken);
        if (!result.IsSuccess)
        {
            return CliErrors.Refused(console, result.Errors);
        }

        // !: CreateAgency succeeded, so it had a name.
        console.MarkupLine($"已添加机关：{Markup.Escape(settings.Name!.Trim())}（编号 {result.Value}）。");
        return 0;
    }
}
