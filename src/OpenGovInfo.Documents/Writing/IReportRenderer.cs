using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Documents.Writing;

/// <summary>Renders a complete annual report (six sections, three tables) into one document format.</summary>
public interface IReportRenderer
{
    /// <summary>The format's short name as the CLI takes it: <c>html</c>, <c>docx</c>, <c>pdf</c>, <c>md</c>.</summary>
    string Name { get; }

    /// <summary>The usual file extension, with the dot.</summary>
    string Extension { get; }

    /// <summary>Writes the document to <paramref name="output"/>.</summary>
    void Render(AnnualReport report, Stream output);
}
