using System.Text;
using OpenGovInfo.Documents.Notices;
using OpenGovInfo.Documents.Tests.Attachments;
using OpenGovInfo.Documents.Tests.Writing;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Domain.Calendar.Notices;
using OpenGovInfo.Testing;
using OpenGovInfo.Testing.Builders;

namespace OpenGovInfo.Documents.Tests.Notices;

/// <summary>A notice uploaded as .txt, .docx or .pdf reads to the same rows as the text itself.</summary>
public class NoticeFileTextTests
{
    private static string NoticeText => File.ReadAllText(Path.Combine(SharedPaths.Shared, "domain", "holiday-notices", "2026.txt"));

    private static string Rows(string text)
    {
        var parsed = HolidayNoticeParser.Parse(text);
        Assert.True(parsed.IsSuccess, string.Join("; ", parsed.Errors));
        return CalendarCsv.Write(NoticeApplier.Apply(parsed.Notice, []).Entries!);
    }

    [Fact]
    public async Task Utf8_and_gb18030_text_files_read_alike()
    {
        var (utf8, _) = await NoticeFileText.ReadAsync("2026.txt", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(NoticeText)]);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var (gbk, _) = await NoticeFileText.ReadAsync("2026.txt", Encoding.GetEncoding("GB18030").GetBytes(NoticeText));
        Assert.Equal(NoticeText, utf8);
        Assert.Equal(NoticeText, gbk);
    }

    [Fact]
    public async Task A_word_document_reads_one_paragraph_a_line()
    {
        var (text, error) = await NoticeFileText.ReadAsync("通知.docx", WordDocuments.Paragraphs(NoticeText));
        Assert.Null(error);
        Assert.Equal(Rows(NoticeText), Rows(text!));
    }

    [Fact]
    public async Task A_pdf_printed_from_word_reads_to_the_same_rows()
    {
        var folder = Directory.CreateTempSubdirectory("ogi-notice-");
        try
        {
            var docx = Path.Combine(folder.FullName, "notice.docx");
            await File.WriteAllBytesAsync(docx, WordDocuments.Paragraphs(NoticeText));
            ExternalTool.Run("/usr/bin/libreoffice", TimeSpan.FromSeconds(120),
                $"-env:UserInstallation=file://{folder.FullName}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder.FullName, docx);
            var (text, error) = await NoticeFileText.ReadAsync("notice.pdf", await File.ReadAllBytesAsync(Path.Combine(folder.FullName, "notice.pdf")));
            Assert.Null(error);
            Assert.Equal(Rows(NoticeText), Rows(text!));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Hostile_or_foreign_files_are_refused_before_parsing()
    {
        var (bomb, bombError) = await NoticeFileText.ReadAsync("通知.docx", SampleFiles.ZerosDocx(300L * 1024 * 1024));
        Assert.Null(bomb);
        Assert.False(string.IsNullOrEmpty(bombError));
        var (fake, fakeError) = await NoticeFileText.ReadAsync("通知.pdf", Encoding.ASCII.GetBytes("MZ this is a program"));
        Assert.Null(fake);
        Assert.False(string.IsNullOrEmpty(fakeError));
        var (exe, exeError) = await NoticeFileText.ReadAsync("通知.exe", [0x4D, 0x5A]);
        Assert.Null(exe);
        Assert.Contains(".txt、.docx 或 .pdf", exeError, StringComparison.Ordinal);
        var (big, bigError) = await NoticeFileText.ReadAsync("通知.txt", new byte[NoticeFileText.MaxBytes + 1]);
        Assert.Null(big);
        Assert.Contains("过大", bigError, StringComparison.Ordinal);
    }
}
