namespace OpenGovInfo.Reliability.Hostile;

/// <summary>One generated case: an endpoint, where the payload goes, and what it is.</summary>
/// <param name="Number">Position in the corpus (reproduce a failure by its number and the seed).</param>
/// <param name="Endpoint">The endpoint.</param>
/// <param name="Method">GET, POST, …</param>
/// <param name="Vector">query, path, header, form, json, json-shape or upload.</param>
/// <param name="Target">The field, header, parameter or JSON member hit; for uploads and shapes, the index of the file or shape.</param>
/// <param name="Payload">The hostile value.</param>
public sealed record HostileCase(int Number, Endpoint Endpoint, string Method, string Vector, string Target, Payload Payload)
{
    /// <inheritdoc />
    public override string ToString() => $"#{Number} {Method} /{Endpoint.Route} {Vector}:{Target} {Payload.Family}";
}
