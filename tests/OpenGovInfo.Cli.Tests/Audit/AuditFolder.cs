using System.Text;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Cli.Tests.Audit;

/// <summary>A temporary folder of good and bad report files for the audit tests (deleted on dispose).</summary>
internal sealed class AuditFolder : IDisposable
{
    public AuditFolder(bool withBadFiles)
    {
        Root = Directory.CreateTempSubdirectory("ogi-audit-").FullName;
        var seed = File.ReadAllText(Path.Combine(SharedPaths.ReportsFolder, "000_seed_pingqiao_2023.txt"));
        Write("seed/2023.txt", seed);
        // The same agency one year later, carrying over one application that 2023 did not carry forward (T3-6).
        Write("seed/2024.txt", seed.Replace("工信局2023年", "工信局2024年", StringComparison.Ordinal)
            .Replace("二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0", "二、上年结转政府信息公开申请数量 1 0 0 0 0 0 1", StringComparison.Ordinal));
        Write("pingtan/junshan.txt", File.ReadAllText(Path.Combine(SharedPaths.ReportsFolder, "027_pingtan_junshan_2021.txt")));
        if (withBadFiles)
        {
            var pdf = File.ReadAllBytes(Path.Combine(SharedPaths.ReportsFolder, "001_huaian_2024.pdf"));
            WriteBytes("bad/truncated.pdf", pdf[..(pdf.Length / 3)]);
            WriteBytes("bad/corrupt.pdf", [.. "%PDF-1.7\n"u8.ToArray(), .. Enumerable.Range(0, 4000).Select(i => (byte)((i * 7919) % 251))]);
            WriteBytes("bad/empty.txt", []);
            Write("bad/notes.txt", "会议纪要\n今天讨论了食堂菜单。\n");
            WriteBytes("bad/broken.docx", [.. "PK\u0003\u0004"u8.ToArray(), .. new byte[300]]);
        }
    }

    public string Root { get; }

    public void Dispose() => Directory.Delete(Root, true);

    private void Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private void WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }
}
