namespace OpenGovInfo.Web.Security.HumanChecks;

/// <summary>The default: no question is asked, every form passes.</summary>
public sealed class NoHumanCheck : IHumanCheck
{
    /// <inheritdoc />
    public HumanCheckQuestion? Ask() => null;

    /// <inheritdoc />
    public bool Verify(string? token, string? answer) => true;
}
