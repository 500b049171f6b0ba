using System.Globalization;

namespace OpenGovInfo.Documents.Attachments;

/// <summary>Byte counts as people read them in messages.</summary>
internal static class SizeText
{
    /// <summary>"50 MB", "512 KB", "800 字节".</summary>
    internal static string Of(long bytes) => bytes switch
    {
        >= 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0 / 1024.0:0.#} MB"),
        >= 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} 字节"),
    };
}
