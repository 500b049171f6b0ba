using System.Text.RegularExpressions;
using OpenGovInfo.Testing;

namespace OpenGovInfo.Architecture.Tests;

/// <summary>
/// A null-forgiving <c>!</c> in product code says "the compiler is wrong here"; each one must say why, in a
/// <c>// !: reason</c> comment on its line or the line above. Most are better fixed: pattern matching,
/// <c>[MemberNotNullWhen]</c> on result types, <c>TryGetValue</c>, required members (ADR 0024).
/// </summary>
public sealed partial class NullForgivingTests
{
    /// <summary>The justification marker.</summary>
    private const string Reason = "// !:";

    /// <summary>
    /// Folders whose suppressions are not yet justified, with the most they may hold. Empty: the annual-report use
    /// cases, cleaned last, hold none. A budget, if one is ever needed again, only goes down.
    /// </summary>
    private static readonly Dictionary<string, int> Pending = new(StringComparer.Ordinal);

    [Fact]
    public void Every_null_forgiving_operator_in_src_says_why()
    {
        var unjustified = new List<string>();
        var pending = Pending.Keys.ToDictionary(k => k, _ => 0, StringComparer.Ordinal);
        foreach (var file in SourceFiles())
        {
            var relative = Path.GetRelativePath(SharedPaths.RepositoryRoot, file).Replace('\\', '/');
            var original = File.ReadAllLines(file);
            var code = CSharpCode.Blank(string.Join('\n', original)).Split('\n');
            for (var line = 0; line < code.Length; line++)
            {
                var count = Suppression().Count(code[line]);
                if (count == 0 || original[line].Contains(Reason, StringComparison.Ordinal)
                    || (line > 0 && original[line - 1].TrimStart().StartsWith(Reason, StringComparison.Ordinal)))
                {
                    continue;
                }

                if (Pending.Keys.FirstOrDefault(p => relative.StartsWith(p, StringComparison.Ordinal)) is { } folder)
                {
                    pending[folder] += count;
                }
                else
                {
                    unjustified.Add($"{relative}:{line + 1}: {original[line].Trim()}");
                }
            }
        }

        Assert.True(unjustified.Count == 0,
            $"Fix these or say why with \"{Reason} reason\" on the line or the line above:\n" + string.Join('\n', unjustified));
        Assert.All(pending, p => Assert.True(p.Value <= Pending[p.Key], $"{p.Key}: {p.Value} unjustified, at most {Pending[p.Key]}"));
    }

    [Theory]
    [InlineData("var x = y!.Z;", 1)]
    [InlineData("var x = items[0]!;", 1)]
    [InlineData("Call(Get()!, a!);", 2)]
    [InlineData("if (!done && x != y) { }", 0)]
    [InlineData("var s = \"Rar!\" + @\"a!\"\"b\" + \"\"\"raw!\"\"\";", 0)]
    [InlineData("var s = $\"{name!.Trim()} said hi!\";", 1)]
    [InlineData("var s = $$\"\"\"{{a!}} {b!}\"\"\";", 1)]
    [InlineData("var c = '!'; // x! in a comment", 0)]
    [InlineData("/* y! */ var z = w;", 0)]
    public void The_scan_sees_code_and_skips_strings_and_comments(string line, int expected)
    {
        Assert.Equal(expected, Suppression().Count(CSharpCode.Blank(line)));
    }

    private static IEnumerable<string> SourceFiles() =>
        Directory.EnumerateFiles(SharedPaths.InRepository("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin" or "Migrations"));

    // A postfix '!' after a name, call, index or generic argument list, not followed by '=' ("!=") or another '!'.
    [GeneratedRegex(@"[\w\)\]>]!(?![=!])")]
    private static partial Regex Suppression();
}
