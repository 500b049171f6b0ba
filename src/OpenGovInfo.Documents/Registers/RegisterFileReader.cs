using OpenGovInfo.Documents.Attachments;
using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Documents.Registers;

/// <summary>
/// Reads an uploaded 条例 第二十条 register (CSV or XLSX, first worksheet, header row = Chinese column names) into
/// rows for <see cref="Domain.Publishing.Registers.RegisterImportValidator"/>. The format is decided by the content,
/// not the name; file problems come back as issues with row numbers, never as exceptions.
/// </summary>
public static class RegisterFileReader
{
    /// <summary>Reads at most <see cref="RegisterFileLimits.MaxBytes"/> + 1 bytes from <paramref name="content"/>.</summary>
    public static async Task<RegisterFile> ReadAsync(string? fileName, Stream content, RegisterFileLimits? limits = null,
        CancellationToken cancellationToken = default)
    {
        limits ??= RegisterFileLimits.Default;
        var bytes = await CappedReader.ReadAsync(content, limits.MaxBytes, cancellationToken).ConfigureAwait(false);
        return bytes is null
            ? RegisterFile.Failed([FileIssue($"文件超过大小上限（{SizeText.Of(limits.MaxBytes)}）")])
            : Read(fileName, bytes, limits);
    }

    /// <summary>Reads an upload already in memory.</summary>
    public static RegisterFile Read(string? fileName, byte[] content, RegisterFileLimits? limits = null)
    {
        limits ??= RegisterFileLimits.Default;
        if (content.Length > limits.MaxBytes)
        {
            return RegisterFile.Failed([FileIssue($"文件超过大小上限（{SizeText.Of(limits.MaxBytes)}）")]);
        }

        if (content.Length == 0)
        {
            return RegisterFile.Failed([FileIssue("文件为空")]);
        }

        var extension = Path.GetExtension(fileName ?? "").ToLowerInvariant();
        var (grid, issue) = MagicBytes.Sniff(content) switch
        {
            Signature.Zip => XlsxGridReader.Read(content, limits),
            Signature.OleCompound => (null, FileIssue("不支持旧版 Excel（.xls）格式，请另存为 .xlsx 或 CSV（UTF-8）")),
            _ when extension is ".csv" or ".txt" => CsvGridReader.Read(content, limits),
            _ => (null, FileIssue("不是 CSV 或 XLSX 文件")),
        };
        // Every grid reader gives its issue whenever it gives no grid.
        return grid is null
            ? RegisterFile.Failed([issue ?? throw new InvalidOperationException("A register file neither read nor refused.")])
            : RegisterTable.Build(grid, limits);
    }

    internal static ImportIssue FileIssue(string message) => new(0, "", message);
}
