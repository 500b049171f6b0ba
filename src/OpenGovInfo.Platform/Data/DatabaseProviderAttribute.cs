namespace OpenGovInfo.Platform.Data;

/// <summary>
/// Names the <see cref="IDatabaseProvider"/> of a provider assembly, so that <see cref="DatabaseProviders"/> finds it
/// without scanning the assembly's types.
/// </summary>
/// <param name="providerType">A public class with a parameterless constructor implementing <see cref="IDatabaseProvider"/>.</param>
[AttributeUsage(AttributeTargets.Assembly)]
public sealed class DatabaseProviderAttribute(Type providerType) : Attribute
{
    /// <summary>The provider class.</summary>
    public Type ProviderType { get; } = providerType;
}
