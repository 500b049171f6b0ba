using System.Text;
using OpenGovInfo.Documents.Writing.Markdown;
using OpenGovInfo.Documents.Writing.Tables;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// The report as Markdown for people who diff reports in git: headings, narrative paragraphs, and the tables as
/// pipe tables with one line per data row (merged headers flattened into paths).
/// </summary>
public sealed class MarkdownReportRenderer : IReportRenderer
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <inheritdoc />
    public string Name => "md";

    /// <inheritdoc />
    public string Extension => ".md";

    /// <inheritdoc />
    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Utf8.GetBytes(RenderText(report)));
    }

    /// <summary>The Markdown text (LF line ends).</summary>
    public static string RenderText(AnnualReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("# ").Append(MarkdownText.Paragraph(report.Title)).Append("\n\n");
        foreach (var section in ReportOutline.Build(report))
        {
            sb.Append("## ").Append(section.Section.Heading).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                sb.Append(MarkdownText.Paragraph(paragraph)).Append("\n\n");
            }

            if (section.Table is { } kind)
            {
                MarkdownTableWriter.Write(sb, ReportGrids.Build(report, kind, section.Topic));
            }
        }

        // One trailing newline, as editors and git expect.
        while (sb.Length > 1 && sb[^1] == '\n' && sb[^2] == '\n')
        {
            sb.Length--;
        }

        return sb.ToString();
    }
}
