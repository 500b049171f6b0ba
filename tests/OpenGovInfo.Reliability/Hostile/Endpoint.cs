namespace OpenGovInfo.Reliability.Hostile;

/// <summary>
/// One route of the app's table, made concrete: its path with real ids, the client allowed to use it, the form
/// fields its page shows, and the string route parameters a payload may replace.
/// </summary>
/// <param name="Route">The route pattern as the app declares it.</param>
/// <param name="Methods">GET, POST, … as declared (pages: GET and POST).</param>
/// <param name="Path">The pattern with real values.</param>
/// <param name="Client">Who calls it: <c>anonymous</c> or a demo user name.</param>
/// <param name="Fields">Field names of its form (empty when it shows none).</param>
/// <param name="StringParameters">Route parameters that take text, to fill with payloads.</param>
/// <param name="FileField">The name of the form's file input, when it takes a file.</param>
/// <param name="Json">A JSON API endpoint taking a body.</param>
public sealed record Endpoint(string Route, IReadOnlyList<string> Methods, string Path, string Client, IReadOnlyList<string> Fields,
    IReadOnlyList<string> StringParameters, string? FileField, bool Json);
