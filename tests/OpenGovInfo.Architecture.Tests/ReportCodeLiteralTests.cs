using System.Text.RegularExpressions;
using OpenGovInfo.Domain.AnnualReports;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Architecture.Tests;

/// <summary>
/// Report row, item, measure and section codes are written once (<see cref="ReportCodes"/>, used by
/// <see cref="NationalFormats"/>): the rules, audit checks, register summaries and compilers name them through the
/// constants. A quoted code in those sources fails here, with the file and line.
/// </summary>
public sealed partial class ReportCodeLiteralTests
{
    // The sources that compute with the report's cells (other places, e.g. reply-letter templates keyed by outcome,
    // use outcome codes of their own).
    private static readonly string[] Scanned =
    [
        "src/OpenGovInfo.Domain/AnnualReports/Rules", "src/OpenGovInfo.Domain/AnnualReports/Audit",
        "src/OpenGovInfo.Domain/Publishing/Registers/Article20Summary.cs", "src/OpenGovInfo.Platform/AnnualReports",
    ];

    [Fact]
    public void No_rule_or_compiler_quotes_a_report_code()
    {
        var codes = Codes();
        var found = new List<string>();
        foreach (var file in Scanned.SelectMany(Files))
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                found.AddRange(Literal().Matches(lines[i]).Select(m => m.Groups["text"].Value).Where(codes.Contains)
                    .Select(code => $"{Path.GetRelativePath(SharedPaths.RepositoryRoot, file)}:{i + 1} \"{code}\""));
            }
        }

        Assert.True(found.Count == 0, "Use ReportCodes instead of:\n" + string.Join('\n', found));
    }

    [Fact]
    public void The_scan_would_see_a_quoted_code()
    {
        // Guards the regex: a line like the ones it must catch is caught.
        Assert.Contains(Literal().Matches("t[\"new_received\", TableLayouts.TotalColumn]"), m => Codes().Contains(m.Groups["text"].Value));
    }

    [Fact]
    public void Every_constant_is_a_code_of_a_national_format()
    {
        var codes = Codes();
        var constants = typeof(ReportCodes).GetNestedTypes()
            .SelectMany(t => t.GetFields().Where(f => f.IsLiteral).Select(f => (Name: $"{t.Name}.{f.Name}", Value: (string)f.GetRawConstantValue()!)))
            .ToList();
        Assert.NotEmpty(constants);
        Assert.All(constants, c => Assert.True(codes.Contains(c.Value), $"ReportCodes.{c.Name} = \"{c.Value}\" is in no format"));
    }

    private static HashSet<string> Codes() =>
    [
        .. NationalFormats.All.SelectMany(f => f.ApplicationRows.Select(r => r.Code)),
        .. NationalFormats.All.SelectMany(f => f.ProactiveBlocks.SelectMany(b => b.Items.Select(i => i.Code).Concat(b.Measures.Select(m => m.Code)))),
        .. TableLayouts.Sections.Select(s => s.NarrativeKey).OfType<string>(),
    ];

    private static IEnumerable<string> Files(string relative)
    {
        var path = SharedPaths.InRepository(relative.Split('/'));
        return File.Exists(path) ? [path] : Directory.EnumerateFiles(path, "*.cs", SearchOption.AllDirectories);
    }

    [GeneratedRegex("\"(?<text>[a-z0-9_.]+)\"")]
    private static partial Regex Literal();
}
