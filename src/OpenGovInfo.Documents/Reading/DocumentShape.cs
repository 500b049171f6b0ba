namespace OpenGovInfo.Documents.Reading;

/// <summary>The kind of content a file holds, detected from its bytes (not its extension).</summary>
public enum DocumentShape
{
    /// <summary>Not recognised (empty or binary).</summary>
    Unknown,

    /// <summary>Plain text (PDF text extraction, page innerText).</summary>
    Text,

    /// <summary>Markdown or text with pipe tables.</summary>
    Markdown,

    /// <summary>An HTML page.</summary>
    Html,

    /// <summary>A Word (OpenXML) document.</summary>
    Docx,

    /// <summary>A PDF file.</summary>
    Pdf,
}
