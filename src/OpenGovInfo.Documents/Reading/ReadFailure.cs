namespace OpenGovInfo.Documents.Reading;

/// <summary>Why a file gave no report. Expected failures are values, not exceptions.</summary>
public enum ReadFailure
{
    /// <summary>The file was read.</summary>
    None,

    /// <summary>The file is empty or holds only whitespace.</summary>
    Empty,

    /// <summary>The file is damaged (broken PDF/ZIP structure, binary noise).</summary>
    Corrupt,

    /// <summary>The file ends early (cut PDF or ZIP).</summary>
    Truncated,

    /// <summary>The PDF is encrypted and cannot be read without a password.</summary>
    Encrypted,

    /// <summary>The document was read but is not a 政府信息公开工作年度报告.</summary>
    NotAReport,

    /// <summary>The file exceeds the size limit.</summary>
    TooLarge,

    /// <summary>Reading took longer than the time limit.</summary>
    TimedOut,
}
