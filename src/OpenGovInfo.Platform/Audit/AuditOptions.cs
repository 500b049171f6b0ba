using Microsoft.Extensions.Configuration;

namespace OpenGovInfo.Platform.Audit;

/// <summary>Settings of the audit trail (section <c>Audit</c>).</summary>
/// <param name="Hash">Digest for new records (<c>Audit:Hash</c> = SM3 or SHA-256; SM3 when unset).</param>
public sealed record AuditOptions(AuditHashAlgorithm Hash)
{
    /// <summary>Reads <c>Audit:Hash</c>; an unknown name is a configuration error, not a silent fallback.</summary>
    public static AuditOptions From(IConfiguration configuration)
    {
        var name = configuration["Audit:Hash"];
        if (string.IsNullOrWhiteSpace(name))
        {
            return new AuditOptions(AuditHashAlgorithm.Sm3);
        }

        return AuditHash.TryParse(name, out var algorithm)
            ? new AuditOptions(algorithm)
            : throw new InvalidOperationException($"Audit:Hash 的值“{name}”无效，应为 SM3 或 SHA-256。");
    }
}
