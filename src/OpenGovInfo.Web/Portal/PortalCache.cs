using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// Output cache of the public portal's pages (home, agency column, item lists, item pages, feeds, sitemap). Only
/// anonymous GETs that answer 200 without a cookie are stored (the framework's default policy), so staff always see
/// fresh pages and nothing personal is ever cached. Entries are dropped on this node as soon as public content changes
/// (<see cref="PublicContentSignal"/>) and on every other node within <see cref="PortalCacheOptions.SyncInterval"/>
/// (<see cref="PortalCacheSync"/>). See docs/decisions/0006-portal-cache-and-search-index.md.
/// </summary>
public static class PortalCache
{
    /// <summary>Policy name for <c>[OutputCache(PolicyName = ...)]</c> and <c>CacheOutput(...)</c>.</summary>
    public const string Policy = "portal";

    /// <summary>The tag every portal entry carries, evicted as a whole on any public change.</summary>
    public const string Tag = "portal";

    /// <summary>
    /// The only query parameters a cached page reads (the item list's filters and page). The key ignores every
    /// other parameter, so <c>?x=1</c>, <c>?x=2</c> … are served the one entry instead of each filling the cache.
    /// </summary>
    public static readonly string[] QueryKeys = ["category", "year", "topic", "page"];

    /// <summary>Registers the cache, its policy and the cross-node sync.</summary>
    public static IServiceCollection AddPortalCache(this IServiceCollection services, IConfiguration configuration)
    {
        var options = PortalCacheOptions.From(configuration);
        services.AddSingleton(options);
        services.AddOutputCache(cache =>
        {
            cache.SizeLimit = options.SizeLimitBytes;
            cache.AddPolicy(Policy, policy =>
            {
                // Switched off only to measure the uncached pages (bench) or to rule the cache out when debugging.
                _ = options.Enabled ? policy.Expire(options.Lifetime).Tag(Tag).SetVaryByQuery(QueryKeys) : policy.NoCache();
            });
        });
        if (options.Enabled)
        {
            services.AddHostedService<PortalCacheSync>();
        }

        return services;
    }
}
