namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>Where the PDF renderer finds its CJK font.</summary>
public sealed class PdfRenderOptions
{
    /// <summary>The environment variable that names a font file, used when <see cref="FontPath"/> is not set.</summary>
    public const string FontEnvironmentVariable = "OGI_CJK_FONT";

    /// <summary>
    /// A TrueType-outline CJK font file (.ttf or .ttc) to embed. When null, <c>OGI_CJK_FONT</c> is used, then the
    /// Debian locations of fonts-arphic-uming and fonts-wqy-zenhei.
    /// </summary>
    public string? FontPath { get; init; }

    /// <summary>Whether <c>OGI_CJK_FONT</c> is consulted (on by default).</summary>
    public bool UseEnvironment { get; init; } = true;

    /// <summary>Fonts tried when neither an explicit path nor the environment names one, in order of preference.</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = DefaultSearchPaths;

    /// <summary>
    /// The Debian locations, best first. Both are TrueType-outline fonts that Skia embeds as searchable CID fonts;
    /// Noto CJK (CFF outlines) is deliberately absent: Skia writes it as Type 3 glyphs without proper text.
    /// </summary>
    public static IReadOnlyList<string> DefaultSearchPaths { get; } =
    [
        "/usr/share/fonts/truetype/arphic/uming.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
        "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    ];
}
