using System.Text;

namespace OpenGovInfo.Reliability.Hostile;

/// <summary>The hostile values, by family. Scripts carry <c>alert('ogx')</c> so a reflection is easy to spot.</summary>
public static class Payloads
{
    /// <summary>What must never appear unencoded in an HTML answer.</summary>
    public static readonly string[] ReflectedScript =
        ["<script>alert('ogx')", "onerror=alert('ogx')", "onload=alert('ogx')", "<iframe srcdoc="];

    /// <summary>
    /// A javascript: URL where a browser would follow it (a link, source or form target). The same words as text — a
    /// sanitised body or guide that quotes them — are harmless, so the plain string is not a marker.
    /// </summary>
    public static readonly System.Text.RegularExpressions.Regex ReflectedScriptUrl = new(
        """(?:href|src|action|formaction|xlink:href)\s*=\s*["']?\s*javascript:alert\('ogx'\)""",
        System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>Every payload.</summary>
    public static IReadOnlyList<Payload> All { get; } = Build();

    private static List<Payload> Build()
    {
        var list = new List<Payload>();
        void Text(string family, params string[] values) => list.AddRange(values.Select(v => new Payload(family, Encoding.UTF8.GetBytes(v))));
        void Raw(string family, params byte[][] values) => list.AddRange(values.Select(v => new Payload(family, v)));

        Text("xss", "<script>alert('ogx')</script>", "\"><img src=x onerror=alert('ogx')>", "javascript:alert('ogx')",
            "<svg/onload=alert('ogx')>", "'\"--></style></textarea></script><script>alert('ogx')</script>",
            "<iframe srcdoc=\"<script>alert('ogx')</script>\">", "<a href=\"javascript:alert('ogx')\">公开</a>",
            "\" autofocus onfocus=\"alert('ogx')", "<SCRIPT>alert('ogx')</SCRIPT>", "{{constructor.constructor('alert(1)')()}}",
            "<b>" + string.Concat(Enumerable.Repeat("<b>", 5000)) + "深");
        Text("sqli", "' OR '1'='1", "1; DROP TABLE applications;--", "' UNION SELECT \"PasswordHash\" FROM \"AspNetUsers\"--",
            "1' AND pg_sleep(20)--", "%' OR 1=1 --", "1 OR 1=1", "\\'; SELECT load_extension('x');--", "公开' OR ''='");
        Text("traversal", "../../../../etc/passwd", "..%2f..%2f..%2fetc%2fpasswd", "..\\..\\..\\windows\\win.ini", "/etc/passwd",
            "....//....//etc/passwd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "file:///etc/passwd", "\\\\server\\share\\x");
        Raw("overlong-utf8", [0xC0, 0xBC, (byte)'s', 0xC0, 0xBE], [0xC0, 0xAE, 0xC0, 0xAE, 0x2F], [0xE0, 0x80, 0xBC], [0xF0, 0x80, 0x80, 0xBC],
            [0xC1, 0x81]);
        Raw("invalid-utf8", [0xFF, 0xFE], [0xED, 0xA0, 0x80], [0xC3, 0x28], [0x80], [0xE5, 0x85], [(byte)'a', 0xF8, 0x88, 0x80, 0x80, 0x80]);
        Text("numbers", "99999999999999999999999999", "-2147483649", "2147483648", "1e309", "NaN", "-0", "0x7fffffff", "9223372036854775808",
            "-1", "0", "1.5", "１２３", "Infinity");
        Text("nul", "\0", "a\0b", "公开\0<script>alert('ogx')</script>", "%00", "\0\0\0\0");
        Text("control", "\r\nSet-Cookie: ogx=1", "\u202Egnp.exe", "\u200B\uFEFF", "\u0001\u0002\u001F\u007F", "𠀀𠀁\uD83D\uDE00");
        Text("dates", "0001-01-01T07:59", "9999-12-31", "2026-02-30", "-1-01-01", "00:00", "2026-13-45T99:99");
        Text("format", "{{7*7}}", "${7*7}", "%s%s%s%n", "{0}{1}", "@(1+1)");
        Text("long", new string('A', 100_000), new string('公', 30_000), string.Concat(Enumerable.Repeat("<p>", 20_000)),
            new string('9', 5000));
        Text("idnumbers", "４１０１０５１９９００３０７００１７", "410105 1990 0307 0017", "11010519900307001X");
        return list;
    }
}
