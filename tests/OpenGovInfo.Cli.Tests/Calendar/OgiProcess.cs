using System.Diagnostics;
using System.Text;

namespace OpenGovInfo.Cli.Tests.Calendar;

/// <summary>Runs the built <c>ogi</c> as its own process, so that stdout and stderr are seen apart, as a script sees them.</summary>
internal static class OgiProcess
{
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ogi.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("ogi " + string.Join(' ', args));
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
