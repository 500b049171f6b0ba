using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Benchmarks;

/// <summary>Fixed workloads for the benchmarks: the repository's sample and the shared fixtures.</summary>
internal static class BenchData
{
    public static string RepositoryRoot { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared"));

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
