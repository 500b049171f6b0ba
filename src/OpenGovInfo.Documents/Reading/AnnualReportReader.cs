using System.Diagnostics;
using OpenGovInfo.Domain.AnnualReports.Audit;

namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// Reads a published annual report in any shape (PDF, DOCX, HTML, Markdown, plain text) into the canonical model.
/// The shape is detected from the content. Expected failures (corrupt, truncated, encrypted, empty, not a report,
/// too large, too slow) come back as a <see cref="ReportReadResult"/>, never as an exception.
/// </summary>
public static class AnnualReportReader
{
    /// <summary>Reads a file.</summary>
    public static ReportReadResult ReadFile(string path, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(path);
        options ??= ReadOptions.Default;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > options.MaxBytes)
            {
                return ReportReadResult.Failed(path, DocumentShape.Unknown, ReadFailure.TooLarge, $"文件过大（{info.Length} 字节）");
            }

            return ReadBytes(File.ReadAllBytes(path), path, options, cancellationToken);
        }
        catch (IOException ex)
        {
            return ReportReadResult.Failed(path, DocumentShape.Unknown, ReadFailure.Corrupt, "无法读取文件：" + ex.Message);
        }
        catch (UnauthorizedAccessException ex)
        {
            return ReportReadResult.Failed(path, DocumentShape.Unknown, ReadFailure.Corrupt, "无权读取文件：" + ex.Message);
        }
    }

    /// <summary>Reads a stream; <paramref name="fileName"/> is kept as the report's source.</summary>
    public static ReportReadResult Read(Stream stream, string fileName, ReadOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= ReadOptions.Default;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while ((n = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + n > options.MaxBytes)
            {
                return ReportReadResult.Failed(fileName, DocumentShape.Unknown, ReadFailure.TooLarge, "文件过大");
            }

            buffer.Write(chunk, 0, n);
        }

        return ReadBytes(buffer.ToArray(), fileName, options, cancellationToken);
    }

    /// <summary>Reads text that is already decoded (e.g. pdftotext output).</summary>
    public static ReportReadResult ReadText(string text, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        return FromTokens(ShapeDetector.OfText(text), text, source, cancellationToken) with
        {
            ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text))),
        };
    }

    private static ReportReadResult ReadBytes(byte[] bytes, string source, ReadOptions options, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        using var deadline = ReadDeadline.Start(options.Timeout);
        try
        {
            return ShapeReaders.Read(bytes, source, cancellationToken) with
            {
                ContentHash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)),
            };
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return ReportReadResult.Failed(source, DocumentShape.Unknown, ReadFailure.TimedOut,
                $"读取超时（{Stopwatch.GetElapsedTime(started).TotalSeconds:F1} 秒）");
        }
    }

    /// <summary>Tokenizes text of a known shape and interprets it.</summary>
    internal static ReportReadResult FromTokens(DocumentShape shape, string text, string source, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return ReportReadResult.Failed(source, shape, ReadFailure.Empty, "文件为空");
        }

        if (shape == DocumentShape.Html)
        {
            var (htmlTokens, visible) = HtmlTokens.Read(text, cancellationToken);
            return Interpret(htmlTokens, visible, source, shape) with { PageDate = HtmlPageDate.Find(text) };
        }

        var tokens = shape == DocumentShape.Markdown
            ? MarkdownTokens.Tokenize(text, cancellationToken)
            : TextTokenizer.Tokenize(text, cancellationToken);
        return Interpret(tokens, text, source, shape);
    }

    /// <summary>Interprets a token stream into a result.</summary>
    internal static ReportReadResult Interpret(IReadOnlyList<ReadToken> tokens, string headerText, string source, DocumentShape shape)
    {
        var subtotals = new List<PrintedSubtotal>();
        var report = TableInterpreter.Interpret(tokens, headerText, source, subtotals);
        return report is null
            ? ReportReadResult.Failed(source, shape, ReadFailure.NotAReport, "未识别为政府信息公开工作年度报告（无章节标题与表格）")
            : ReportReadResult.Ok(source, shape, report) with { Text = headerText, Subtotals = subtotals };
    }
}
