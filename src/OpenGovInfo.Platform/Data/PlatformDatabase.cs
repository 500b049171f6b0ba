using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using OpenGovInfo.Platform.PersonalData;

namespace OpenGovInfo.Platform.Data;

/// <summary>Points a DbContext at a provider (which brings its migrations assembly) with the platform's own services.</summary>
public static class PlatformDatabase
{
    /// <summary>Configures <paramref name="builder"/> for <paramref name="options"/>, with the provider they name.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Configure(builder, DatabaseProviders.For(options.Provider), options.ConnectionString);
    }

    /// <summary>Configures <paramref name="builder"/> for <paramref name="provider"/>'s database at <paramref name="connectionString"/>.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder builder, IDatabaseProvider provider, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        // Models differ by personal-data key ring (their converters hold the keys): cache them apart.
        builder.ReplaceService<IModelCacheKeyFactory, PersonalDataModelCacheKeyFactory>();
        provider.UseDatabase(builder, connectionString);
        return builder;
    }
}
