using System.Collections.Concurrent;
using SkiaSharp;

namespace OpenGovInfo.Documents.Writing.Pdf;

/// <summary>
/// Finds and loads the CJK typeface for PDFs. Loaded typefaces are cached for the life of the process, so that
/// only the first render pays for reading the 20 MB font file.
/// </summary>
internal static class CjkFontLocator
{
    /// <summary>The message when no font can be found: what to install, in Chinese and English.</summary>
    public const string MissingFontMessage =
        "未找到可嵌入 PDF 的中文字体（TrueType 轮廓）。请安装：sudo apt-get install fonts-arphic-uming ，" +
        "或用环境变量 OGI_CJK_FONT 指定字体文件。 " +
        "No CJK TrueType font found for PDF output. Install one with: sudo apt-get install fonts-arphic-uming " +
        "(or set OGI_CJK_FONT to a .ttf/.ttc file).";

    private static readonly ConcurrentDictionary<string, Lazy<CjkFont>> Cache = new(StringComparer.Ordinal);

    /// <summary>The typeface the options select; throws <see cref="RenderingException"/> when there is none.</summary>
    public static CjkFont Load(PdfRenderOptions options)
    {
        var path = Resolve(options.FontPath,
            options.UseEnvironment ? Environment.GetEnvironmentVariable(PdfRenderOptions.FontEnvironmentVariable) : null,
            options.SearchPaths);
        try
        {
            return Cache.GetOrAdd(path, p => new Lazy<CjkFont>(() => Open(p))).Value;
        }
        catch (RenderingException)
        {
            // Lazy caches the exception; drop it so that installing the font fixes a long-running process.
            Cache.TryRemove(path, out _);
            throw;
        }
    }

    /// <summary>The font file to use: an explicit path, else the environment's, else the first that exists.</summary>
    public static string Resolve(string? explicitPath, string? environmentPath, IEnumerable<string> candidates)
    {
        foreach (var chosen in new[] { explicitPath, environmentPath })
        {
            if (!string.IsNullOrWhiteSpace(chosen))
            {
                return File.Exists(chosen)
                    ? chosen
                    : throw new RenderingException($"字体文件不存在 / Font file not found: {chosen}. {MissingFontMessage}");
            }
        }

        return candidates.FirstOrDefault(File.Exists) ?? throw new RenderingException(MissingFontMessage);
    }

    private static CjkFont Open(string path)
    {
        var faces = new List<SKTypeface>();
        for (var index = 0; index < 32; index++)
        {
            var face = SKTypeface.FromFile(path, index);
            if (face is null)
            {
                break;
            }

            faces.Add(face);
        }

        // Collections hold regional variants (uming: CN, HK, TW, TW MBE); the mainland face suits these reports.
        var chosen = faces.FindIndex(f => f.FamilyName.EndsWith(" CN", StringComparison.Ordinal));
        chosen = chosen < 0 ? 0 : chosen;
        foreach (var face in faces.Where((_, i) => i != chosen))
        {
            face.Dispose();
        }

        // Only TrueType outlines (a 'glyf' table) give searchable text; CFF fonts such as Noto CJK do not.
        var tables = faces.Count > 0 ? TrueTypeFace.Read(File.ReadAllBytes(path), chosen) : null;
        if (tables is null || !HasChinese(faces[chosen]))
        {
            faces.ElementAtOrDefault(chosen)?.Dispose();
            throw new RenderingException($"{path} 不是含中文字形的 TrueType 字体 / is not a TrueType font with Chinese glyphs. {MissingFontMessage}");
        }

        return new CjkFont(faces[chosen], tables);
    }

    private static bool HasChinese(SKTypeface face)
    {
        using var font = new SKFont(face);
        return font.ContainsGlyphs("政府信息公开");
    }
}
