using OpenGovInfo.Domain.AnnualReports;
using SkiaSharp;

namespace OpenGovInfo.Documents.Tests.Reading;

/// <summary>Draws a report's tables as positioned text in a PDF with SkiaSharp (a stand-in for the lead's PDF renderer).</summary>
internal static class TestPdf
{
    public const string FontPath = "/usr/share/fonts/truetype/arphic/uming.ttc";
    private const float NumberWidth = 70;
    private const float RowHeight = 12;

    /// <summary>Label columns wide enough that no label runs into the next cell (a real renderer wraps instead).</summary>
    private static readonly float[] LabelWidths = [120, 120, 360];

    public static byte[] Render(AnnualReport report)
    {
        using var stream = new MemoryStream();
        using (var document = SKDocument.CreatePdf(stream))
        using (var typeface = SKTypeface.FromFile(FontPath))
        using (var font = new SKFont(typeface, 6))
        using (var paint = new SKPaint { Color = SKColors.Black, IsAntialias = true })
        {
            var canvas = document.BeginPage(2200, 1600);
            var y = 30f;
            canvas.DrawText(report.Title, 30, y, SKTextAlign.Left, font, paint);
            y += RowHeight * 2;
            foreach (var (heading, table) in NationalTables.Build(report))
            {
                canvas.DrawText(heading, 30, y, SKTextAlign.Left, font, paint);
                y += RowHeight;
                foreach (var row in table.Grid())
                {
                    var x = 30f;
                    for (var c = 0; c < row.Length; c++)
                    {
                        if (row[c] is { Origin: true } origin)
                        {
                            canvas.DrawText(origin.Text, x, y, SKTextAlign.Left, font, paint);
                        }

                        x += c < LabelWidths.Length ? LabelWidths[c] : NumberWidth;
                    }

                    y += RowHeight;
                }

                y += RowHeight;
            }

            canvas.DrawText("五、存在的主要问题及改进情况", 30, y, SKTextAlign.Left, font, paint);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }
}
