namespace OpenGovInfo.Web.Security.HumanChecks;

/// <summary>A question put on a form: the text shown (Chinese) and the opaque token that travels with the answer.</summary>
/// <param name="Prompt">What the person is asked.</param>
/// <param name="Token">Carries the expected answer, protected so that the client can neither read nor forge it.</param>
public sealed record HumanCheckQuestion(string Prompt, string Token);
