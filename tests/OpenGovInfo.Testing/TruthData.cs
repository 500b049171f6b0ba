using OpenGovInfo.Documents.Json;
using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Testing;

/// <summary>Loads truth files and the repository's sample report.</summary>
public static class TruthData
{
    /// <summary>Reads a canonical JSON file and fails the test with every error when it cannot be read.</summary>
    public static AnnualReport Load(string path)
    {
        var result = AnnualReportJsonReader.ReadFile(path);
        Assert.True(result.Succeeded, $"{path}: {string.Join("; ", result.Errors)}");
        return result.Report!;
    }

    /// <summary>The seed report (numbers from the truth file).</summary>
    public static AnnualReport Seed() => Load(SharedPaths.SeedTruth);

    /// <summary>The repository's sample: the seed's numbers with its narrative sections.</summary>
    public static AnnualReport Sample() => Load(SharedPaths.InRepository("samples", "pingqiao-2023.json"));

    /// <summary>Theory data: the name of every truth file.</summary>
    public static TheoryData<string> TruthNames()
    {
        var data = new TheoryData<string>();
        foreach (var file in SharedPaths.TruthFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }
}
