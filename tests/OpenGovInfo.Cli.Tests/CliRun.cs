using System.Text;
using Spectre.Console;

namespace OpenGovInfo.Cli.Tests;

/// <summary>Runs the real command tree in-process and captures what it prints.</summary>
internal static class CliRun
{
    public static (int ExitCode, string Output) Ogi(params string[] args)
    {
        var writer = new StringWriter(new StringBuilder());
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 200;
        var code = OgiApp.Run(args, console);
        return (code, writer.ToString());
    }
}
