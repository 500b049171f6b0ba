using System.IO.Compression;
using System.Text;

namespace OpenGovInfo.Reliability.Hostile;

/// <summary>Hostile uploads: zip bombs, a lying Zip64 header, XLSX with absurd row/column numbers, polyglots, evil names.</summary>
public static class HostileFiles
{
    /// <summary>(file name, content type, bytes).</summary>
    public static IReadOnlyList<(string Name, string ContentType, byte[] Bytes)> All { get; } = Build();

    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static List<(string, string, byte[])> Build()
    {
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        var bomb = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types/>")), ("word/document.xml", new byte[30 * 1024 * 1024]));
        var sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"100000000\"><c r=\"ZZZZZ100000000\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>";
        var xlsx = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>")),
            ("xl/workbook.xml", Encoding.UTF8.GetBytes("<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets><sheet name=\"1\" sheetId=\"1\"/></sheets></workbook>")),
            ("xl/worksheets/sheet1.xml", Encoding.UTF8.GetBytes(sheet)));
        return
        [
            ("年度工作总结.docx", Docx, bomb),
            ("登记表.xlsx", Xlsx, bomb),
            ("登记表.xlsx", Xlsx, xlsx),
            ("登记表.xlsx", Xlsx, LyingZip64()),
            ("通知.docx", Docx, LyingZip64()),
            ("polyglot.pdf", "application/pdf", [.. Encoding.ASCII.GetBytes("GIF89a/*<script>alert('ogx')</script>*/"), .. pdf]),
            ("image.gif", "image/gif", Encoding.ASCII.GetBytes("GIF89a<html><script>alert('ogx')</script></html>")),
            ("page.html", "text/html", Encoding.UTF8.GetBytes("<html><body><script>alert('ogx')</script></body></html>")),
            ("通知.pdf", "application/pdf", [0x4D, 0x5A, 0x90, 0x00, .. pdf]),
            ("../../../../etc/cron.d/通知.pdf", "application/pdf", pdf),
            ("..\\..\\Windows\\通知.pdf", "application/pdf", pdf),
            ("<script>alert('ogx')</script>.pdf", "application/pdf", pdf),
            ("a.pdf\0.exe", "application/pdf", pdf),
            (new string('长', 300) + ".pdf", "application/pdf", pdf),
            ("empty.pdf", "application/pdf", []),
            ("calendar.json", "application/json", Encoding.UTF8.GetBytes("{\"year\":99999999999,\"days\":[" + string.Join(',', Enumerable.Repeat("{}", 10000)) + "]}")),
            ("日历.csv", "text/csv", Encoding.UTF8.GetBytes("=cmd|'/c calc'!A1,\"<script>alert('ogx')</script>\"\n" + new string(',', 50000))),
        ];
    }

    private static byte[] Zip(params (string Name, byte[] Bytes)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(bytes);
            }
        }

        return stream.ToArray();
    }

    /// <summary>A small zip whose central directory declares each entry nearly 4 GiB uncompressed (a lie).</summary>
    private static byte[] LyingZip64()
    {
        var bytes = Zip(("a.xml", "<a/>"u8.ToArray()), ("b.xml", "<b/>"u8.ToArray()));
        // Readers that trust and sum the declared sizes in 32 bits overflow on these.
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            if (bytes[i] == 0x50 && bytes[i + 1] == 0x4B && bytes[i + 2] == 0x01 && bytes[i + 3] == 0x02)
            {
                BitConverter.TryWriteBytes(bytes.AsSpan(i + 24, 4), 0xFFFFFFFEu); // uncompressed size
            }
        }

        return bytes;
    }
}
