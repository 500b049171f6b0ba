using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.WebUtilities;

namespace OpenGovInfo.Web.Hosting;

/// <summary>
/// Cache-busting URLs (<c>/css/site.css?v=…</c>) for files under wwwroot, hashed once per file per process. It
/// replaces <c>asp-append-version</c>, whose tag helper cost more than half of a small portal page's server time in
/// the portal benchmark (docs/performance.md, "Portal").
/// </summary>
public sealed class AssetUrls(IWebHostEnvironment environment)
{
    private readonly ConcurrentDictionary<string, string> _urls = new(StringComparer.Ordinal);

    /// <summary>The URL of <paramref name="path"/> (rooted, e.g. <c>/css/site.css</c>) with its content hash.</summary>
    public string For(string path) => _urls.GetOrAdd(path, Compute);

    private string Compute(string path)
    {
        var file = environment.WebRootFileProvider.GetFileInfo(path);
        if (!file.Exists || file.IsDirectory)
        {
            return path;
        }

        using var stream = file.CreateReadStream();
        var hash = SHA256.HashData(stream);
        return $"{path}?v={WebEncoders.Base64UrlEncode(hash, 0, 9)}";
    }
}
