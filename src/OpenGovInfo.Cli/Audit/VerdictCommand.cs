using System.ComponentModel;
using OpenGovInfo.Domain.AnnualReports.Audit;
using OpenGovInfo.Domain.Calendar;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// <c>ogi verdict FILE ID --accept|--dismiss --reason R [--rule B2] [--source S] [--by NAME]</c>: records a person's
/// decision on an audit finding (its id is printed in the audit's JSON and HTML). Exit 2 on bad usage.
/// </summary>
public sealed class VerdictCommand : Command<VerdictCommand.Settings>
{
    private readonly IAnsiConsole console;
    private readonly TimeProvider clock;

    /// <summary>Creates the command writing to a console, dating what it records by <paramref name="clock"/>.</summary>
    public VerdictCommand(IAnsiConsole console, TimeProvider clock) => (this.console, this.clock) = (console, clock);

    /// <summary>Arguments of the command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The verdicts file.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("人工判定文件（JSON；不存在则新建）（verdicts file）")]
        public string File { get; init; } = "";

        /// <summary>The finding id.</summary>
        [CommandArgument(1, "<ID>")]
        [Description("问题编号（审计 JSON/HTML 中的 id）（finding id）")]
        public string Id { get; init; } = "";

        /// <summary>Accept the finding.</summary>
        [CommandOption("--accept")]
        [Description("确认该问题（accept）")]
        public bool Accept { get; init; }

        /// <summary>Dismiss the finding.</summary>
        [CommandOption("--dismiss")]
        [Description("驳回该问题（dismiss; a reason is required）")]
        public bool Dismiss { get; init; }

        /// <summary>Why.</summary>
        [CommandOption("--reason <TEXT>")]
        [Description("理由（reason）")]
        public string? Reason { get; init; }

        /// <summary>The rule, for readers of the file.</summary>
        [CommandOption("--rule <RULE>")]
        [Description("规则编号，仅供阅读（rule id, informative）")]
        public string? Rule { get; init; }

        /// <summary>The report, for readers of the file.</summary>
        [CommandOption("--source <SOURCE>")]
        [Description("报告来源，仅供阅读（report source, informative）")]
        public string? Source { get; init; }

        /// <summary>Who decided.</summary>
        [CommandOption("--by <NAME>")]
        [Description("判定人（who）")]
        public string? By { get; init; }
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Accept == settings.Dismiss || (settings.Dismiss && string.IsNullOrWhiteSpace(settings.Reason))
            || settings.Id.Length != 16 || !settings.Id.All(char.IsAsciiHexDigitLower))
        {
            console.MarkupLine("[red]错误（error）：[/]须给出 16 位问题编号，并选择 --accept 或 --dismiss 之一；驳回须写明 --reason");
            return CliErrors.UsageError;
        }

        var verdicts = VerdictFile.Load(settings.File);
        verdicts[settings.Id] = new Verdict(settings.Id, settings.Rule ?? verdicts.GetValueOrDefault(settings.Id)?.Rule ?? "",
            settings.Source ?? verdicts.GetValueOrDefault(settings.Id)?.Source ?? "",
            settings.Accept ? VerdictDecision.Accept : VerdictDecision.Dismiss, settings.Reason ?? "", settings.By,
            ChinaTime.Today(clock));
        VerdictFile.Save(settings.File, verdicts.Values);
        console.MarkupLine($"{(settings.Accept ? "已确认" : "已驳回")} {Markup.Escape(settings.Id)} → {Markup.Escape(settings.File)}");
        return 0;
    }
}
