namespace OpenGovInfo.Documents.Reading;

/// <summary>Limits that bound the time and memory one file may take.</summary>
public sealed record ReadOptions
{
    /// <summary>Files larger than this are refused (default 50 MB).</summary>
    public long MaxBytes { get; init; } = 50L * 1024 * 1024;

    /// <summary>Time allowed for one file (default 30 s).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The defaults.</summary>
    public static ReadOptions Default { get; } = new();
}
