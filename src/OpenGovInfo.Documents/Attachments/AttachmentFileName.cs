using System.Globalization;

namespace OpenGovInfo.Documents.Attachments;

/// <summary>
/// Reduces a user-supplied file name to a safe display name: the last path segment only, without characters that
/// Windows forbids, trailing dots or spaces. Names that are hostile rather than clumsy are refused outright.
/// The result is for display only; files are stored under a random name (see <see cref="AcceptedAttachment"/>).
/// </summary>
internal static class AttachmentFileName
{
    private static readonly HashSet<string> ReservedNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    };

    private static readonly char[] WindowsForbidden = ['<', '>', '"', '|', '?', '*'];

    /// <summary>Returns the safe display name, or the refusal.</summary>
    internal static (string? Name, AttachmentRefusal? Refusal) Reduce(string? fileName, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(fileName))
        {
            return Refuse("文件名为空");
        }

        if (fileName.Length > maxLength)
        {
            return Refuse(string.Create(CultureInfo.InvariantCulture, $"文件名过长（{fileName.Length} 个字符，上限 {maxLength} 个）"));
        }

        // NUL truncates names in native APIs; bidi overrides (U+202E) disguise "exe" as "pdf" — hostile, not clumsy.
        if (fileName.Any(IsControlOrInvisible))
        {
            return Refuse("文件名含有控制字符或不可见字符");
        }

        var name = LastSegment(fileName);
        foreach (var c in WindowsForbidden)
        {
            name = name.Replace(c, '_');
        }

        name = name.Trim().TrimEnd('.', ' ').TrimStart('.', ' ');
        if (name.Length == 0)
        {
            return Refuse("文件名中没有可用的名称部分");
        }

        var stem = name.Split('.')[0].Trim();
        return ReservedNames.Contains(stem) ? Refuse($"文件名“{name}”是系统保留名称") : (name, null);
    }

    /// <summary>The extension in lower case with its dot ("" when none).</summary>
    internal static string Extension(string displayName) => Path.GetExtension(displayName).ToLowerInvariant();

    /// <summary>
    /// Browsers on Windows may send "C:\Users\…\a.pdf"; attackers send "../../etc/x". Only the last segment counts;
    /// a colon (drive letter or NTFS alternate stream "a.pdf:b.exe") also starts a new segment.
    /// </summary>
    private static string LastSegment(string fileName)
    {
        var cut = fileName.LastIndexOfAny(['/', '\\', ':']);
        return cut < 0 ? fileName : fileName[(cut + 1)..];
    }

    private static bool IsControlOrInvisible(char c) =>
        char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator
            or UnicodeCategory.ParagraphSeparator;

    private static (string?, AttachmentRefusal?) Refuse(string message) =>
        (null, new AttachmentRefusal(AttachmentRefusalReason.UnsafeName, message));
}
