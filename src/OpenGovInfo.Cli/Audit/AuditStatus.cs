using OpenGovInfo.Documents.Reading;

namespace OpenGovInfo.Cli.Audit;

/// <summary>
/// The per-file status every output shares (JSON, CSV, XLSX and the terminal summary), so a run over 1,000 files
/// lists 1,000 entries everywhere and the counts agree: <c>read</c> or <c>failed</c>, with the reason in Chinese.
/// </summary>
internal static class AuditStatus
{
    /// <summary>Status of a file that gave a report.</summary>
    public const string Read = "read";

    /// <summary>Status of a file that gave none.</summary>
    public const string Failed = "failed";

    /// <summary><c>read</c> or <c>failed</c>.</summary>
    public static string Of(ReportReadResult result) => result.Succeeded ? Read : Failed;

    /// <summary>Why the file was not read (kind in Chinese, then the reader's message); null when it was read.</summary>
    public static string? Reason(ReportReadResult result) =>
        result.Succeeded ? null : $"{KindText(result.Failure)}：{result.Error}";

    private static string KindText(ReadFailure failure) => failure switch
    {
        ReadFailure.Empty => "文件为空",
        ReadFailure.Corrupt => "文件已损坏",
        ReadFailure.Truncated => "文件不完整",
        ReadFailure.Encrypted => "文件已加密",
        ReadFailure.NotAReport => "不是年度报告",
        ReadFailure.TooLarge => "文件过大",
        ReadFailure.TimedOut => "读取超时",
        _ => "未读取",
    };
}
