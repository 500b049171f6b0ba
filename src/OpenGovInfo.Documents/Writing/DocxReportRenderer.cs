using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using OpenGovInfo.Documents.Writing.Docx;
using OpenGovInfo.Documents.Writing.Tables;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// The report as a Word document (.docx): A4, 宋体 body and 黑体 headings tagged zh-CN, the title centred, and the
/// three tables as real Word tables with the national format's merged cells.
/// </summary>
public sealed class DocxReportRenderer : IReportRenderer
{
    /// <inheritdoc />
    public string Name => "docx";

    /// <inheritdoc />
    public string Extension => ".docx";

    /// <inheritdoc />
    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        if (output.CanSeek && output.CanRead)
        {
            Write(report, output);
            return;
        }

        // The package writer needs a seekable stream; buffer for pipes and HTTP response bodies.
        using var buffer = new MemoryStream();
        Write(report, buffer);
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static void Write(AnnualReport report, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = report.Title;
        document.PackageProperties.Language = "zh-CN";
        var main = document.AddMainDocumentPart();
        DocxStyles.Add(main);
        main.Document = new Document(BuildBody(report));
        main.Document.Save();
    }

    private static Body BuildBody(AnnualReport report)
    {
        var body = new Body(DocxText.Styled(DocxStyles.Title, report.Title));
        foreach (var section in ReportOutline.Build(report))
        {
            body.Append(DocxText.Styled(DocxStyles.Heading, section.Section.Heading));
            body.Append(section.Paragraphs.Select(DocxText.Body));
            if (section.Table is { } kind)
            {
                body.Append(DocxTableBuilder.Build(ReportGrids.Build(report, kind, section.Topic)), DocxText.Spacer());
            }
        }

        body.Append(new SectionProperties(
            new PageSize { Width = DocxLayout.PageWidth, Height = DocxLayout.PageHeight },
            new PageMargin
            {
                Top = DocxLayout.Margin, Bottom = DocxLayout.Margin,
                Left = DocxLayout.SideMargin, Right = DocxLayout.SideMargin,
                Header = 851, Footer = 992, Gutter = 0,
            }));
        return body;
    }
}
