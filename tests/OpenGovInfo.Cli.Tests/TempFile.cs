namespace OpenGovInfo.Cli.Tests;

/// <summary>A temporary file deleted at the end of the test.</summary>
internal sealed class TempFile : IDisposable
{
    public TempFile(string content, string extension = ".json")
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ogi-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, content);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
