using System.Text;

namespace OpenGovInfo.Architecture.Tests;

/// <summary>
/// The code of a C# source with every comment and the text of every string and character literal blanked out
/// (newlines kept, so that lines still match), for source rules that must not see prose. Interpolation holes stay
/// code. Not a full C# lexer: enough for the repository's own sources.
/// </summary>
internal static class CSharpCode
{
    public static string Blank(string source)
    {
        var output = new StringBuilder(source.Length);
        var i = 0;
        Code(source, ref i, output, inHole: false);
        return output.ToString();
    }

    // Copies code until the end, or (in an interpolation hole) until the '}' that closes the hole.
    private static void Code(string s, ref int i, StringBuilder o, bool inHole)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && At(s, i + 1) == '/')
            {
                while (i < s.Length && s[i] != '\n')
                {
                    Blank(s, ref i, o);
                }
            }
            else if (c == '/' && At(s, i + 1) == '*')
            {
                while (i < s.Length && !(s[i] == '*' && At(s, i + 1) == '/'))
                {
                    Blank(s, ref i, o);
                }

                Blank(s, ref i, o);
                Blank(s, ref i, o);
            }
            else if (c == '"' || ((c == '$' || c == '@') && StringStartsAfterPrefix(s, i)))
            {
                Literal(s, ref i, o);
            }
            else if (c == '\'')
            {
                o.Append(s[i++]);
                while (i < s.Length && s[i] != '\'')
                {
                    if (s[i] == '\\')
                    {
                        Blank(s, ref i, o);
                    }

                    Blank(s, ref i, o);
                }

                Copy(s, ref i, o);
            }
            else if (inHole && c == '{')
            {
                depth++;
                o.Append(s[i++]);
            }
            else if (inHole && c == '}')
            {
                if (depth == 0)
                {
                    return;
                }

                depth--;
                o.Append(s[i++]);
            }
            else
            {
                o.Append(s[i++]);
            }
        }
    }

    // A string literal of any kind: regular, verbatim (@), raw ("""), each possibly interpolated ($, $$).
    private static void Literal(string s, ref int i, StringBuilder o)
    {
        var dollars = 0;
        var verbatim = false;
        while (s[i] is '$' or '@')
        {
            dollars += s[i] == '$' ? 1 : 0;
            verbatim |= s[i] == '@';
            o.Append(s[i++]);
        }

        var quotes = 0;
        while (At(s, i + quotes) == '"')
        {
            quotes++;
        }

        var raw = quotes >= 3;
        quotes = raw ? quotes : 1;
        for (var q = 0; q < quotes; q++)
        {
            o.Append(s[i++]);
        }

        var braces = Math.Max(1, dollars);
        while (i < s.Length)
        {
            if (!raw && !verbatim && s[i] == '\\')
            {
                Blank(s, ref i, o);
                Blank(s, ref i, o);
            }
            else if (verbatim && !raw && s[i] == '"' && At(s, i + 1) == '"')
            {
                Blank(s, ref i, o);
                Blank(s, ref i, o);
            }
            else if (s[i] == '"' && Repeats(s, i, '"', quotes))
            {
                for (var q = 0; q < quotes; q++)
                {
                    o.Append(s[i++]);
                }

                return;
            }
            else if (dollars > 0 && s[i] == '{' && Repeats(s, i, '{', braces) && !(dollars == 1 && At(s, i + 1) == '{'))
            {
                for (var b = 0; b < braces; b++)
                {
                    o.Append(s[i++]);
                }

                Code(s, ref i, o, inHole: true);
                for (var b = 0; b < braces && i < s.Length && s[i] == '}'; b++)
                {
                    o.Append(s[i++]);
                }
            }
            else
            {
                Blank(s, ref i, o);
            }
        }
    }

    private static bool StringStartsAfterPrefix(string s, int i)
    {
        while (At(s, i) is '$' or '@')
        {
            i++;
        }

        return At(s, i) == '"';
    }

    private static bool Repeats(string s, int i, char c, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (At(s, i + k) != c)
            {
                return false;
            }
        }

        return true;
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static void Copy(string s, ref int i, StringBuilder o)
    {
        if (i < s.Length)
        {
            o.Append(s[i++]);
        }
    }

    // Keeps newlines so that line numbers survive.
    private static void Blank(string s, ref int i, StringBuilder o)
    {
        if (i < s.Length)
        {
            o.Append(s[i] == '\n' ? '\n' : ' ');
            i++;
        }
    }
}
