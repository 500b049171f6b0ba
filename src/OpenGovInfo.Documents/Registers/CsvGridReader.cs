using System.Text;
using System.Text.Unicode;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// Decodes and parses a CSV upload into a grid of records. Chinese Excel saves "CSV" in GB18030/GBK unless the
/// user picks "CSV UTF-8" (which adds a BOM), so: BOM → that encoding; valid UTF-8 → UTF-8; otherwise GB18030
/// (a superset of GBK and GB2312).
/// </summary>
internal static class CsvGridReader
{
    private const int Gb18030CodePage = 54936;

    static CsvGridReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    internal static (List<string[]>? Grid, ImportIssue? Issue) Read(byte[] content, RegisterFileLimits limits)
    {
        var text = Decode(content);
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            return (null, RegisterFileReader.FileIssue("文件不是文本格式的 CSV"));
        }

        return CsvParser.Parse(text, limits);
    }

    /// <summary>The text of <paramref name="content"/> in the detected encoding, without a BOM.</summary>
    internal static string Decode(byte[] content)
    {
        ReadOnlySpan<byte> bytes = content;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.GetEncoding(Gb18030CodePage).GetString(bytes);
    }
}
