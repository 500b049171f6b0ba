using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Reports;

/// <summary>
/// The geometry of a small server-side SVG trend chart of shares (0–100 %) over years. The page draws it with
/// presentation attributes and classes only: the CSP forbids inline styles and the charts must read without JavaScript.
/// </summary>
public static class TrendChart
{
    /// <summary>Drawing width.</summary>
    public const int Width = 260;

    /// <summary>Drawing height.</summary>
    public const int Height = 130;

    /// <summary>Left margin (the y labels).</summary>
    public const int Left = 40;

    /// <summary>Right margin.</summary>
    public const int Right = 15;

    /// <summary>Top margin.</summary>
    public const int Top = 10;

    /// <summary>Bottom margin (the year labels).</summary>
    public const int Bottom = 25;

    /// <summary>The view box.</summary>
    public static string ViewBox => $"0 0 {Width} {Height}";

    /// <summary>The x of the year at <paramref name="index"/> among <paramref name="count"/>.</summary>
    public static double X(int index, int count) =>
        count <= 1 ? Left + ((Width - Left - Right) / 2.0) : Left + (index * (Width - Left - Right) / (double)(count - 1));

    /// <summary>The y of a share (0–1).</summary>
    public static double Y(decimal share) => Top + ((1 - (double)Math.Clamp(share, 0m, 1m)) * (Height - Top - Bottom));

    /// <summary>The y of the x axis.</summary>
    public static double Baseline => Height - Bottom;

    /// <summary>
    /// The polyline segments of a series: a year without a share (nothing closed or decided) breaks the line
    /// rather than drawing it through a made-up 0.
    /// </summary>
    public static IReadOnlyList<string> Segments(IReadOnlyList<decimal?> shares)
    {
        var segments = new List<string>();
        var points = new List<string>();
        for (var i = 0; i <= shares.Count; i++)
        {
            if (i < shares.Count && shares[i] is { } share)
            {
                points.Add(Point(X(i, shares.Count), Y(share)));
                continue;
            }

            if (points.Count > 1)
            {
                segments.Add(string.Join(' ', points));
            }

            points.Clear();
        }

        return segments;
    }

    /// <summary>A coordinate as SVG reads it.</summary>
    public static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A share as people read it, or — when there is none.</summary>
    public static string Share(decimal? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>
    /// An SVG &lt;text&gt; label, encoded. Razor reserves the &lt;text&gt; tag for its own use and refuses attributes on it,
    /// so the element is written here.
    /// </summary>
    public static IHtmlContent Label(double x, double y, string anchor, string content, bool middle = false) => new HtmlString(
        $"<text class=\"trend-label\" x=\"{N(x)}\" y=\"{N(y)}\" text-anchor=\"{anchor}\"{(middle ? " dominant-baseline=\"middle\"" : "")}>{HtmlEncoder.Default.Encode(content)}</text>");

    private static string Point(double x, double y) => $"{N(x)},{N(y)}";
}
