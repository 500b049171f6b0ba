using System.Text;
using OpenGovInfo.Documents.Writing.Html;
using OpenGovInfo.Documents.Writing.Tables;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// The report as a standalone, semantic HTML5 document (embedded CSS with an A4 print stylesheet, no external
/// assets), or as a body fragment that the web platform embeds in its own page. Output is deterministic.
/// </summary>
public sealed class HtmlReportRenderer : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <inheritdoc />
    public string Name => "html";

    /// <inheritdoc />
    public string Extension => ".html";

    /// <inheritdoc />
    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var bytes = Utf8.GetBytes(RenderDocument(report));
        output.Write(bytes);
    }

    /// <summary>The complete HTML document.</summary>
    public static string RenderDocument(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(32 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
            .AppendEncoded(report.Title).Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("\n</style>\n</head>\n<body>\n");
        AppendBody(sb, report);
        sb.Append("</body>\n</html>\n");
        return sb.ToString();
    }

    /// <summary>
    /// The report alone, as an <c>&lt;article class="ogi-report"&gt;</c> fragment for embedding; the host page
    /// supplies the styles (<see cref="Stylesheet"/> is what the standalone document uses).
    /// </summary>
    public static string RenderBody(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(24 * 1024);
        AppendBody(sb, report);
        return sb.ToString();
    }

    /// <summary>The stylesheet of the standalone document, for hosts that embed <see cref="RenderBody"/>.</summary>
    public static string Stylesheet => HtmlStyles.Css;

    private static void AppendBody(StringBuilder sb, AnnualReport report)
    {
        sb.Append("<article class=\"ogi-report\">\n<h1>").AppendEncoded(report.Title).Append("</h1>\n");
        foreach (var section in ReportOutline.Build(report))
        {
            sb.Append("<section>\n<h2>").AppendEncoded(section.Section.Heading).Append("</h2>\n");
            foreach (var paragraph in section.Paragraphs)
            {
                sb.Append("<p>").AppendEncoded(paragraph).Append("</p>\n");
            }

            if (section.Table is { } kind)
            {
                var table = ReportGrids.Build(report, kind, section.Topic);
                HtmlTableWriter.Write(sb, table, "ogi-table ogi-table-" + kind.ToString().ToLowerInvariant());
            }

            sb.Append("</section>\n");
        }

        sb.Append("</article>\n");
    }
}
