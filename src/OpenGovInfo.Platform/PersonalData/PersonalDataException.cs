namespace OpenGovInfo.Platform.PersonalData;

/// <summary>
/// Stored personal data that cannot be decrypted: altered, moved to another column, or sealed with a key that is not
/// configured. A bug or an attack, never an expected outcome, so an exception (with a message an operator can act on)
/// rather than a value — and never garbage passed on as if it were an ID number.
/// </summary>
public sealed class PersonalDataException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PersonalDataException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public PersonalDataException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public PersonalDataException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
