using Spectre.Console;
using Spectre.Console.Cli;

namespace OpenGovInfo.Cli;

/// <summary>Turns usage errors into a clear bilingual message and exit code 2; never a stack trace.</summary>
internal static class CliErrors
{
    public const int UsageError = 2;

    public static int Handle(Exception ex, IAnsiConsole console)
    {
        var message = ex is CommandAppException or CommandParseException or CommandRuntimeException
            ? ex.Message
            : $"{ex.GetType().Name}: {ex.Message}";
        console.MarkupLine($"[red]错误（error）：[/]{Markup.Escape(message)}");
        console.MarkupLine("用法见 [bold]ogi --help[/]（see ogi --help）");
        return UsageError;
    }

    /// <summary>Prints the reasons a use case refused its input, one per line, and returns the input-error code.</summary>
    public static int Refused(IAnsiConsole console, IEnumerable<OpenGovInfo.Platform.Common.Error> errors)
    {
        foreach (var error in errors)
        {
            console.MarkupLine($"[red]错误：[/]{Markup.Escape(error.Message)}");
        }

        return UsageError;
    }
}
