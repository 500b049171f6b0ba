namespace OpenGovInfo.Testing;

/// <summary>
/// Where the repository and its copy of the team's shared material are. Tests read fixtures from
/// <c>tests/fixtures/shared</c> (copied from the team's <c>shared/</c> folder: fixtures, domain files, seed) and never
/// write into it, so that a plain clone passes the suite with nothing beside it.
/// </summary>
public static class SharedPaths
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    /// <summary>The repository root (the folder holding OpenGovInfo.slnx).</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The copy of the shared material, <c>tests/fixtures/shared</c>.</summary>
    public static string Shared => Path.Combine(RepositoryRoot, "tests", "fixtures", "shared");

    /// <summary>Hand-checked truth JSON files.</summary>
    public static string TruthFolder => Path.Combine(Shared, "fixtures", "truth");

    /// <summary>Real published reports as found.</summary>
    public static string ReportsFolder => Path.Combine(Shared, "fixtures", "reports");

    /// <summary>The seed report's truth file.</summary>
    public static string SeedTruth => Path.Combine(TruthFolder, "000_seed_pingqiao_2023.json");

    /// <summary>Every truth file, sorted by name.</summary>
    public static IReadOnlyList<string> TruthFiles() =>
        [.. Directory.GetFiles(TruthFolder, "*.json").Order(StringComparer.Ordinal)];

    /// <summary>A file in the repository.</summary>
    public static string InRepository(params string[] parts) => Path.Combine([RepositoryRoot, .. parts]);

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGovInfo.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("OpenGovInfo.slnx not found above " + AppContext.BaseDirectory);
    }
}
