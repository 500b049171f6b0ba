namespace OpenGovInfo.Documents.Writing.Docx;

/// <summary>Page and type sizes of the Word document (twips = 1/20 pt; font sizes in half-points).</summary>
internal static class DocxLayout
{
    /// <summary>A4 width: 210 mm.</summary>
    public const int PageWidth = 11906;

    /// <summary>A4 height: 297 mm.</summary>
    public const int PageHeight = 16838;

    /// <summary>2.5 cm at the top and bottom.</summary>
    public const int Margin = 1418;

    /// <summary>2 cm left and right, so that Table 3's ten columns keep their labels readable.</summary>
    public const int SideMargin = 1134;

    /// <summary>The width tables fill.</summary>
    public const int ContentWidth = PageWidth - 2 * SideMargin;

    /// <summary>Title: 二号 (22 pt).</summary>
    public const string TitleSize = "44";

    /// <summary>Section headings: 三号 (16 pt).</summary>
    public const string HeadingSize = "32";

    /// <summary>Body text: 小四 (12 pt).</summary>
    public const string BodySize = "24";

    /// <summary>Table text: 小五 (9 pt), so that the seven Table 3 columns fit on A4 portrait.</summary>
    public const string TableSize = "18";

    /// <summary>Song typeface for body text (East Asian font name as Word and WPS know it).</summary>
    public const string SongFont = "宋体";

    /// <summary>Hei typeface for the title and headings.</summary>
    public const string HeiFont = "黑体";

    /// <summary>Latin font paired with 宋体.</summary>
    public const string LatinFont = "Times New Roman";
}
