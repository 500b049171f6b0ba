namespace OpenGovInfo.Web.Portal;

/// <summary>
/// Who runs this installation (section <c>Site</c>): the site's name in page titles and the header, and the footer
/// that Chinese government websites must show (主办单位, 网站标识码, ICP 备案号, 公安机关备案号). Nothing here is written
/// in code: every installation sets its own; an empty value leaves its footer line out.
/// </summary>
public sealed record SiteOptions(string Name, string? Organizer, string? SiteCode, string? IcpNumber, string? PublicSecurityNumber)
{
    /// <summary>The name used when none is configured.</summary>
    public const string DefaultName = "政府信息公开平台";

    /// <summary>The authority used in feed ids when none is configured.</summary>
    public const string DefaultAuthority = "localhost";

    /// <summary>
    /// The site's own domain (<c>Site:Authority</c>, e.g. <c>www.pingqiao.gov.cn</c>): the authority of the Atom tag
    /// URIs. Configured, not taken from the request's Host, so an entry keeps its id whichever name or proxy it is
    /// fetched through (feed readers use the id to tell new entries from old).
    /// </summary>
    public string Authority { get; init; } = DefaultAuthority;

    /// <summary>Reads the section; only <see cref="Name"/> has a default.</summary>
    public static SiteOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Site");
        return new SiteOptions(
            Value(section["Name"]) ?? DefaultName,
            Value(section["Organizer"]),
            Value(section["SiteCode"]),
            Value(section["IcpNumber"]),
            Value(section["PublicSecurityNumber"]))
        {
            Authority = Value(section["Authority"]) ?? DefaultAuthority,
        };
    }

    /// <summary>The author of the site-wide feed: the organiser, else the site's name.</summary>
    public string Publisher => Organizer ?? Name;

    /// <summary>
    /// The national registry's page for <see cref="PublicSecurityNumber"/> (its digits are the record code), as the
    /// 公安机关备案 rules ask the link to be.
    /// </summary>
    public string? PublicSecurityUrl => PublicSecurityNumber is { } number && number.Any(char.IsAsciiDigit)
        ? "https://beian.mps.gov.cn/#/query/webSearch?code=" + new string([.. number.Where(char.IsAsciiDigit)])
        : null;

    /// <summary>The MIIT registry where an ICP number is checked.</summary>
    public const string IcpUrl = "https://beian.miit.gov.cn/";

    private static string? Value(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
