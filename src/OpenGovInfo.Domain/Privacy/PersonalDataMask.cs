using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.Privacy;

/// <summary>
/// The one masking policy for personal data on public output (条例 第十五条; 《个人信息保护法》): anything shaped like a
/// 居民身份证号码 (18 characters ending in a digit or X, or the old 15 digits), a mobile number (1[3-9] + 9 digits,
/// optionally +86) or a landline with its area code (0xx[x]-xxxxxxx[x]) becomes asterisks.
/// Detection runs on the NFKC form of each text element, so full-width digits (４１０１…), ideographic spaces and
/// full-width hyphens cannot smuggle a number past it; single spaces or hyphens between digits are allowed, as people
/// type them. Masking replaces whole text elements of the original, so a character outside the BMP is never cut in
/// half, and text around a number keeps its own (full-width) punctuation.
/// </summary>
public static partial class PersonalDataMask
{
    /// <summary>One masked text element.</summary>
    public const char MaskCharacter = '*';

    /// <summary><paramref name="text"/> with every personal number masked (null stays null).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(text))]
    public static string? Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text;
        }

        var (normalized, elementOf, elements) = Normalize(text);
        var masked = new bool[elements.Count];
        var any = false;
        foreach (var pattern in new[] { IdNumber(), MobileNumber(), Landline() })
        {
            for (var m = pattern.Match(normalized); m.Success; m = m.NextMatch())
            {
                for (var i = m.Index; i < m.Index + m.Length; i++)
                {
                    masked[elementOf[i]] = any = true;
                }
            }
        }

        if (!any)
        {
            return text;
        }

        var result = new StringBuilder(text.Length);
        for (var e = 0; e < elements.Count; e++)
        {
            if (masked[e])
            {
                result.Append(MaskCharacter);
            }
            else
            {
                result.Append(elements[e]);
            }
        }

        return result.ToString();
    }

    /// <summary>
    /// A natural person's name as published: the first text element (the surname's first character, even outside
    /// the BMP) and one asterisk per further text element (张三 → 张*, 𠀋小明 → 𠀋**).
    /// </summary>
    public static string PersonName(string name)
    {
        var elements = TextElements(name.Trim());
        return elements.Count switch
        {
            0 => MaskCharacter.ToString(),
            1 => MaskCharacter.ToString(),
            _ => string.Concat(elements[0], new string(MaskCharacter, elements.Count - 1)),
        };
    }

    private static (string Normalized, List<int> ElementOf, List<string> Elements) Normalize(string text)
    {
        var elements = TextElements(text);
        var normalized = new StringBuilder(text.Length);
        var elementOf = new List<int>(text.Length);
        for (var e = 0; e < elements.Count; e++)
        {
            var element = elements[e];
            var form = NormalizedOrSelf(element);
            normalized.Append(form);
            for (var i = 0; i < form.Length; i++)
            {
                elementOf.Add(e);
            }
        }

        return (normalized.ToString(), elementOf, elements);
    }

    private static string NormalizedOrSelf(string element)
    {
        try
        {
            return element.IsNormalized(NormalizationForm.FormKC) ? element : element.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            // Invalid UTF-16 (a lone surrogate): keep the element; it cannot be part of a number.
            return element;
        }
    }

    private static List<string> TextElements(string text)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(text);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }

    // Separators people type inside numbers, after NFKC: space, hyphen, and the dashes NFKC leaves alone.
    private const string Sep = @"[ \-\u2010\u2011\u2012\u2013\u2014\u2212]?";

    [GeneratedRegex(@"(?<![0-9])(?:[0-9](?:" + Sep + @"[0-9]){16}" + Sep + @"[0-9Xx]|[0-9](?:" + Sep + @"[0-9]){14})(?![0-9Xx])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<![0-9])(?:\+?86" + Sep + @")?1[3-9](?:" + Sep + @"[0-9]){9}(?![0-9])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MobileNumber();

    [GeneratedRegex(@"(?<![0-9])\(?0[1-9][0-9]{1,2}\)?" + Sep + @"[2-9](?:" + Sep + @"[0-9]){6,7}(?![0-9])",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Landline();
}
