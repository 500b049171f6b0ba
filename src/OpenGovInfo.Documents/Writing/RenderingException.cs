namespace OpenGovInfo.Documents.Writing;

/// <summary>
/// A document could not be produced for a reason the operator can fix (e.g. no CJK font installed); the message
/// says what to do, in Chinese and English.
/// </summary>
public sealed class RenderingException : Exception
{
    /// <summary>Creates the exception with an actionable message.</summary>
    public RenderingException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with an actionable message and its cause.</summary>
    public RenderingException(string message, Exception inner) : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public RenderingException()
    {
    }
}
