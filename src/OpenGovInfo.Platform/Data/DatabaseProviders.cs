using System.Reflection;

namespace OpenGovInfo.Platform.Data;

/// <summary>
/// Finds the configured engine's <see cref="IDatabaseProvider"/> in its own assembly, by name, as EF Core finds the
/// migrations there: the provider projects reference Platform (their migrations are of its DbContext), so Platform
/// cannot reference them; the hosts reference both, so both are deployed, and every caller of
/// <see cref="PlatformServiceCollectionExtensions.AddPlatform"/> gets the provider its configuration names.
/// </summary>
public static class DatabaseProviders
{
    /// <summary>The provider of <paramref name="provider"/>, from its assembly's <see cref="DatabaseProviderAttribute"/>.</summary>
    public static IDatabaseProvider For(DatabaseProvider provider)
    {
        var name = AssemblyName(provider);
        Assembly assembly;
        try
        {
            assembly = Assembly.Load(name);
        }
        catch (FileNotFoundException e)
        {
            throw new InvalidOperationException(
                $"Database:Provider {provider} needs the assembly {name}: the host must reference the project {name}.", e);
        }

        var type = assembly.GetCustomAttribute<DatabaseProviderAttribute>()?.ProviderType
            ?? throw new InvalidOperationException($"{name} declares no [assembly: DatabaseProvider(...)].");
        return Activator.CreateInstance(type) as IDatabaseProvider
            ?? throw new InvalidOperationException($"{type} is not an {nameof(IDatabaseProvider)}.");
    }

    /// <summary>The assembly holding <paramref name="provider"/>'s implementation and migrations.</summary>
    public static string AssemblyName(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => "OpenGovInfo.Platform.Sqlite",
        DatabaseProvider.PostgreSql => "OpenGovInfo.Platform.PostgreSql",
        _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Unknown database provider."),
    };
}
