using System.Diagnostics;

namespace OpenGovInfo.Documents.Tests.Writing;

/// <summary>Runs an installed command-line tool (LibreOffice, poppler) with a timeout and returns its output.</summary>
internal static class ExternalTool
{
    /// <summary>Runs the tool; fails the test on timeout or a non-zero exit code.</summary>
    public static string Run(string file, TimeSpan timeout, params string[] arguments)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} did not finish within {timeout}.");
        }

        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} exited with {process.ExitCode}: {stderr.Result}");
        return stdout.Result;
    }
}
