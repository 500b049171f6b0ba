using System.ComponentModel;
using OpenGovInfo.Documents.Writing;
using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli.Reports;

/// <summary><c>ogi report render FILE.json --format html|docx|pdf|md [-o OUT]</c>.</summary>
public sealed class RenderCommand : Command<RenderCommand.Settings>
{
    private readonly IAnsiConsole console;

    /// <summary>Creates the command writing to a console.</summary>
    public RenderCommand(IAnsiConsole console) => this.console = console;

    /// <summary>Arguments of the command.</summary>
    public sealed class Settings : CommandSettings
    {
        /// <summary>The report to render.</summary>
        [CommandArgument(0, "<FILE>")]
        [Description("报告的规范 JSON 文件（canonical report JSON）")]
        public string File { get; init; } = "";

        /// <summary>Output format.</summary>
        [CommandOption("-f|--format <FORMAT>")]
        [Description("输出格式：html、docx、pdf、md（output format）")]
        public string Format { get; init; } = "html";

        /// <summary>Output path; defaults to the input name with the format's extension.</summary>
        [CommandOption("-o|--output <OUT>")]
        [Description("输出文件；缺省为输入文件名加相应扩展名（output file）")]
        public string? Output { get; init; }

        /// <inheritdoc />
        public override ValidationResult Validate() => ReportRenderers.Find(Format) is null
            ? ValidationResult.Error($"不支持的格式 {Format}；可用：{string.Join("、", ReportRenderers.All.Select(r => r.Name))}（unknown format）")
            : ValidationResult.Success();
    }

    /// <inheritdoc />
    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (ReportFiles.Load(settings.File, console) is not { } report)
        {
            return CliErrors.UsageError;
        }

        var renderer = ReportRenderers.Find(settings.Format)!; // !: Settings.Validate refused an unknown format.
        var output = settings.Output ?? Path.ChangeExtension(settings.File, renderer.Extension);
        var temp = output + ".tmp";
        try
        {
            // Render to a temporary file and move it into place, so a failure never leaves half a document.
            using (var stream = File.Create(temp))
            {
                renderer.Render(report, stream);
            }

            File.Move(temp, output, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or RenderingException)
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }

            console.MarkupLine($"[red]渲染失败（render failed）：[/]{Markup.Escape(e.Message)}");
            return 1;
        }

        console.MarkupLine($"已生成 {Markup.Escape(output)}（{renderer.Name}）");
        return 0;
    }
}
