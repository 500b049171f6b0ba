using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Benchmarks;

/// <summary>Fixed workloads for the benchmarks: the repository's sample and the shared fixtures.</summary>
internal static class BenchData
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The repository's copy of the shared fixtures (nothing is read from outside the repository).</summary>
    public static string Shared => Path.Combine(RepositoryRoot, "tests", "fixtures", "shared");

    /// <summary>The reader corpus (tests/fixtures/reader-corpus).</summary>
    public static string ReaderCorpus => Path.Combine(RepositoryRoot, "tests", "fixtures", "reader-corpus");

    public static AnnualReport Sample() =>
        AnnualReportJsonReader.ReadFile(Path.Combine(RepositoryRoot, "samples", "pingqiao-2023.json")).Report
        ?? throw new InvalidOperationException("sample unreadable");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OpenGovInfo.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
