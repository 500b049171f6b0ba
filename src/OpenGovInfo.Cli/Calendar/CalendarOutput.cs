namespace OpenGovInfo.Cli.Calendar;

/// <summary>Errors of the calendar commands go to stderr, so that stdout stays the answer alone (a date, a CSV).</summary>
internal static class CalendarOutput
{
    /// <summary>Writes text as it is: a CSV or a day-by-day count must not be wrapped at the console's width.</summary>
    internal static void Raw(Spectre.Console.IAnsiConsole console, string text)
    {
        var writer = console.Profile.Out.Writer;
        writer.Write(text);
        writer.Flush();
    }

    internal static int Fail(params IEnumerable<string> messages)
    {
        foreach (var message in messages)
        {
            Console.Error.WriteLine("错误：" + message);
        }

        return CliErrors.UsageError;
    }

    internal static async Task<(string? Text, int ExitCode)> ReadNoticeAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return (null, Fail($"找不到文件“{path}”。"));
        }

        var (text, error) = await Documents.Notices.NoticeFileText.ReadAsync(path, await File.ReadAllBytesAsync(path, cancellationToken), cancellationToken);
        // NoticeFileText gives its error whenever it gives no text.
        return text is null ? (null, Fail(error ?? throw new InvalidOperationException("A notice file neither read nor refused."))) : (text, 0);
    }
}
