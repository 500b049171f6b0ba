using System.Globalization;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace OpenGovInfo.Documents.Html;

/// <summary>What Word's styles and numbering definitions say: heading levels and numbered versus bulleted lists.</summary>
public static partial class DocxBodyConverter
{
    private sealed partial class Writer
    {
        private int? HeadingLevel(string? styleId)
        {
            if (styleId is null)
            {
                return null;
            }

            var name = main.StyleDefinitionsPart?.Styles?.Elements<W.Style>()
                .FirstOrDefault(s => s.StyleId?.Value == styleId)?.StyleName?.Val?.Value ?? styleId;
            foreach (var candidate in new[] { name, styleId })
            {
                var text = candidate.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
                if (text is "title" or "标题")
                {
                    return 2;
                }

                foreach (var prefix in new[] { "heading", "标题" })
                {
                    if (text.StartsWith(prefix, StringComparison.Ordinal)
                        && int.TryParse(text.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level >= 1)
                    {
                        return Math.Min(level + 1, 4);
                    }
                }
            }

            return null;
        }

        private bool IsOrdered(int numId, int level)
        {
            var numbering = main.NumberingDefinitionsPart?.Numbering;
            var instance = numbering?.Elements<W.NumberingInstance>().FirstOrDefault(n => n.NumberID?.Value == numId);
            var abstractId = instance?.AbstractNumId?.Val?.Value;
            var format = numbering?.Elements<W.AbstractNum>().FirstOrDefault(a => a.AbstractNumberId?.Value == abstractId)
                ?.Elements<W.Level>().FirstOrDefault(l => l.LevelIndex?.Value == level)?.NumberingFormat?.Val?.Value;
            return format is not null && format != W.NumberFormatValues.Bullet;
        }
    }
}
