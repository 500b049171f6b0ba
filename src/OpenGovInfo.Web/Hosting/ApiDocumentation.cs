namespace OpenGovInfo.Web.Hosting;

/// <summary>
/// Whether /openapi/v1.json and the API browser (/scalar, /api) are served. They describe the public, read-only
/// API, so they are public by default in every environment, deliberately; <c>Api:PublicDocumentation=false</c>
/// removes them (404) where an installation prefers not to advertise the API.
/// </summary>
public static class ApiDocumentation
{
    /// <summary>The configuration key.</summary>
    public const string Key = "Api:PublicDocumentation";

    /// <summary>True unless the key is set to false.</summary>
    public static bool IsPublic(IConfiguration configuration) => configuration.GetValue(Key, true);
}
