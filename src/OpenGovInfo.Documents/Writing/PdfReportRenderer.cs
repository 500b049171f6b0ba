using OpenGovInfo.Documents.Writing.Pdf;
using OpenGovInfo.Documents.Writing.Tables;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// The report as an A4 PDF drawn in-process with Skia (no converter at run time): title, headings, wrapped
/// narrative, the three tables with their merged cells, page numbers. Text stays extractable because the CJK
/// font is a TrueType-outline font embedded as a subset (see <see cref="PdfRenderOptions"/>).
/// </summary>
public sealed class PdfReportRenderer : IReportRenderer
{
    private readonly PdfRenderOptions options;

    /// <summary>Uses <c>OGI_CJK_FONT</c> or the Debian font locations.</summary>
    public PdfReportRenderer()
        : this(new PdfRenderOptions())
    {
    }

    /// <summary>Uses the given font options.</summary>
    public PdfReportRenderer(PdfRenderOptions options)
    {
        this.options = options ?? throw new ArgumentNullException(nameof(options));
    }

    /// <inheritdoc />
    public string Name => "pdf";

    /// <inheritdoc />
    public string Extension => ".pdf";

    /// <inheritdoc />
    /// <exception cref="RenderingException">No usable CJK font is installed; the message says which package to install.</exception>
    public void Render(AnnualReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var font = CjkFontLocator.Load(options);
        var composer = new PdfComposer(font.Typeface);
        try
        {
            Compose(composer, report);
            composer.AddPageNumbers();

            // Skia's managed stream wrapper asks for Position while writing, which a response body or pipe
            // throws on (inside a native callback, killing the process): always hand it a memory buffer.
            using var buffer = new MemoryStream(256 * 1024);
            PdfPageWriter.Write(buffer, composer.Pages, font, report.Title);
            buffer.Position = 0;
            buffer.CopyTo(output);
        }
        finally
        {
            composer.DisposeFonts();
        }
    }

    private static void Compose(PdfComposer composer, AnnualReport report)
    {
        composer.Text(report.Title, PdfGeometry.TitleSize, 1.5f, centred: true);
        composer.Y += PdfGeometry.BodySize;
        foreach (var section in ReportOutline.Build(report))
        {
            // Keep a heading with the start of what follows it.
            composer.KeepSpace(PdfGeometry.HeadingSize * 2 + PdfGeometry.BodySize * PdfGeometry.BodyLeading * 3);
            composer.Y += PdfGeometry.HeadingSize * 0.4f;
            composer.Text(section.Section.Heading, PdfGeometry.HeadingSize, 1.6f);
            foreach (var paragraph in section.Paragraphs)
            {
                composer.Text(paragraph, PdfGeometry.BodySize, PdfGeometry.BodyLeading, indent: 2 * PdfGeometry.BodySize);
            }

            if (section.Table is { } kind)
            {
                composer.Y += 4;
                PdfTableLayout.Add(composer, ReportGrids.Build(report, kind, section.Topic));
                composer.Y += PdfGeometry.BodySize;
            }
        }
    }
}
