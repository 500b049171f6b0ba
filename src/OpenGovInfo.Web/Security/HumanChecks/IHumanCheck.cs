namespace OpenGovInfo.Web.Security.HumanChecks;

/// <summary>
/// A challenge that public forms (the application form, its API, staff sign-in) put to the person filling them in.
/// OpenGovInfo is CAPTCHA-free by default (<see cref="NoHumanCheck"/>): the per-address and per-applicant rate limits
/// are the first line, and a CAPTCHA shuts out screen-reader users and older applicants. An installation under attack
/// chooses the built-in <see cref="ArithmeticHumanCheck"/> with <c>Security:HumanCheck=arithmetic</c>, or registers
/// its own implementation (e.g. an approved commercial CAPTCHA service) in place of this interface.
/// </summary>
public interface IHumanCheck
{
    /// <summary>A new question for a form, or null when the installation asks none.</summary>
    HumanCheckQuestion? Ask();

    /// <summary>
    /// True when <paramref name="answer"/> answers the question carried by <paramref name="token"/> (always true when
    /// no question is asked). A missing, forged or expired token is a wrong answer, never an error.
    /// </summary>
    bool Verify(string? token, string? answer);
}
