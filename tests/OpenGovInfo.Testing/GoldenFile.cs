using System.Text;

namespace OpenGovInfo.Testing;

/// <summary>
/// Golden files for what a human reads (rendered reports, CLI output). Set <c>OGI_UPDATE_GOLDEN=1</c> to rewrite
/// them after a deliberate change, then review the diff in git.
/// </summary>
public static class GoldenFile
{
    /// <summary>Asserts that <paramref name="actual"/> equals the golden file <c>tests/golden/&lt;name&gt;</c>.</summary>
    public static void AssertMatches(string name, string actual)
    {
        var path = SharedPaths.InRepository("tests", "golden", name);
        var normalised = actual.Replace("\r\n", "\n", StringComparison.Ordinal);
        if (Environment.GetEnvironmentVariable("OGI_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, normalised, new UTF8Encoding(false));
            return;
        }

        Assert.True(File.Exists(path), $"Golden file {path} is missing; run once with OGI_UPDATE_GOLDEN=1 and review it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        if (expected != normalised)
        {
            var line = FirstDifferentLine(expected, normalised);
            Assert.Fail($"{name} differs from its golden file at line {line.Number}:\n expected: {line.Expected}\n   actual: {line.Actual}");
        }
    }

    private static (int Number, string Expected, string Actual) FirstDifferentLine(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end>";
            var al = i < a.Length ? a[i] : "<end>";
            if (el != al)
            {
                return (i + 1, el, al);
            }
        }

        return (0, "", "");
    }
}
