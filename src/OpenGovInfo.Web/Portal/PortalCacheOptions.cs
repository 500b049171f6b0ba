using System.Globalization;

namespace OpenGovInfo.Web.Portal;

/// <summary>Settings of the portal cache (section <c>Portal:Cache</c>).</summary>
public sealed record PortalCacheOptions(bool Enabled, TimeSpan Lifetime, TimeSpan SyncInterval, long SizeLimitBytes)
{
    /// <summary>Reads the section; every value has a default, so no configuration is needed.</summary>
    public static PortalCacheOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Portal:Cache");
        return new PortalCacheOptions(
            Enabled: !string.Equals(section["Enabled"], "false", StringComparison.OrdinalIgnoreCase),
            Lifetime: Seconds(section["LifetimeSeconds"], 600),
            SyncInterval: Seconds(section["SyncSeconds"], 2),
            SizeLimitBytes: long.TryParse(section["SizeLimitMegabytes"], NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb > 0
                ? mb * 1024 * 1024
                : 200L * 1024 * 1024);
    }

    private static TimeSpan Seconds(string? text, double fallback) =>
        TimeSpan.FromSeconds(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0 ? s : fallback);
}
