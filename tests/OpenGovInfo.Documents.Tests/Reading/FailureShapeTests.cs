using System.Globalization;
using System.Text;
using OpenGovInfo.Documents.Reading;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Expected failures come back as values with a clear kind, never as exceptions.</summary>
public sealed class FailureShapeTests
{
    [Fact]
    public void Encrypted_pdf()
    {
        var result = AnnualReportReader.Read(new MemoryStream(EncryptedPdf()), "enc.pdf");
        Assert.Equal(ReadFailure.Encrypted, result.Failure);
        Assert.Equal(DocumentShape.Pdf, result.Shape);
    }

    [Fact]
    public void Truncated_pdf()
    {
        var pdf = File.ReadAllBytes(Path.Combine(SharedPaths.ReportsFolder, "001_huaian_2024.pdf"));
        var result = AnnualReportReader.Read(new MemoryStream(pdf[..(pdf.Length / 2)]), "cut.pdf");
        Assert.Equal(ReadFailure.Truncated, result.Failure);
    }

    [Fact]
    public void Noise_after_a_pdf_header_is_corrupt()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n").Concat(Enumerable.Range(0, 3000).Select(i => (byte)((i * 31) % 256))).ToArray();
        Assert.Equal(ReadFailure.Corrupt, AnnualReportReader.Read(new MemoryStream(bytes), "noise.pdf").Failure);
    }

    [Fact]
    public void Cut_docx_is_truncated()
    {
        var docx = TestDocuments.Docx(TruthData.Seed());
        Assert.Equal(ReadFailure.Truncated, AnnualReportReader.Read(new MemoryStream(docx[..(docx.Length / 2)]), "cut.docx").Failure);
    }

    [Fact]
    public void Zip_without_a_word_body_is_not_a_report()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("readme.txt").Open());
            writer.Write("hello");
        }

        Assert.Equal(ReadFailure.NotAReport, AnnualReportReader.Read(new MemoryStream(stream.ToArray()), "x.zip").Failure);
    }

    [Fact]
    public void Binary_noise_is_corrupt_and_prose_is_not_a_report()
    {
        var noise = Enumerable.Range(0, 2000).Select(i => (byte)(i % 32)).ToArray();
        Assert.Equal(ReadFailure.Corrupt, AnnualReportReader.Read(new MemoryStream(noise), "noise.bin").Failure);
        Assert.Equal(ReadFailure.NotAReport, AnnualReportReader.ReadText("会议纪要：今天讨论了食堂菜单，共 3 项。", "notes.txt").Failure);
    }

    [Fact]
    public void A_read_over_its_time_limit_is_timed_out()
    {
        var page = File.ReadAllText(Path.Combine(SharedPaths.ReportsFolder, "028_suqian_2023vs2024_comparison.txt"));
        var large = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(page, 200)));
        var result = AnnualReportReader.Read(new MemoryStream(large), "slow.txt", new ReadOptions { Timeout = TimeSpan.FromMilliseconds(1) });
        Assert.Equal(ReadFailure.TimedOut, result.Failure);
    }

    /// <summary>A one-page PDF whose trailer names a standard security handler with passwords nobody knows.</summary>
    private static byte[] EncryptedPdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
            $"<< /Filter /Standard /V 1 /R 2 /O <{string.Concat(Enumerable.Repeat("11", 32))}> /U <{string.Concat(Enumerable.Repeat("22", 32))}> /P -4 >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        var id = string.Concat(Enumerable.Repeat("ab", 16));
        pdf.Append(CultureInfo.InvariantCulture,
            $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 4 0 R /ID [<{id}> <{id}>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
