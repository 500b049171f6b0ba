namespace OpenGovInfo.Documents.Tests.Reading.Corpus;

/// <summary>
/// The committed corpus is what the generators write (so its truth files cannot drift from its documents). Set
/// <c>OGI_UPDATE_GOLDEN=1</c> to rewrite the sources, then run <c>make-derived.sh</c> for the LibreOffice PDFs and
/// pdftotext texts.
/// </summary>
public sealed class CorpusSourcesTests
{
    [Fact]
    public void Committed_sources_are_what_the_generators_write()
    {
        var update = Environment.GetEnvironmentVariable("OGI_UPDATE_GOLDEN") == "1";
        foreach (var (relative, content) in CorpusSources.Files())
        {
            var path = Path.Combine(CorpusSources.Root, relative);
            if (update)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, content);
                continue;
            }

            Assert.True(File.Exists(path), $"{relative} is missing; run once with OGI_UPDATE_GOLDEN=1");
            if (!relative.EndsWith(".docx", StringComparison.Ordinal) && !relative.EndsWith(".pdf", StringComparison.Ordinal))
            {
                // Word and PDF files embed creation times; their truth files and the reading tests cover them.
                Assert.True(content.AsSpan().SequenceEqual(File.ReadAllBytes(path)), $"{relative} differs from what its generator writes");
            }
        }
    }
}
