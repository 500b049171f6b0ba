using OpenGovInfo.Cli;
using Spectre.Console;

namespace OpenGovInfo.Platform.Tests.Cli;

/// <summary>Runs <c>ogi</c> in-process on a plain-text console and returns its exit code and output.</summary>
internal static class CliRunner
{
    public static (int Code, string Output) Run(params string[] args)
    {
        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
        });
        var code = OgiApp.Run(args, console);
        return (code, writer.ToString());
    }

    private static readonly Lock ErrorLock = new();

    /// <summary>Runs <c>ogi</c> and also captures what it writes to stderr (process-wide, so one such run at a time).</summary>
    public static (int Code, string Output, string Errors) RunWithErrors(params string[] args)
    {
        lock (ErrorLock)
        {
            var original = Console.Error;
            using var errors = new StringWriter();
            Console.SetError(errors);
            try
            {
                var (code, output) = Run(args);
                return (code, output, errors.ToString());
            }
            finally
            {
                Console.SetError(original);
            }
        }
    }
}
