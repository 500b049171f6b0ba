namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// The ambient actor of the current request or job. An AsyncLocal rather than a scoped service because the
/// DbContext is pooled and its interceptor a singleton: it cannot reach the request's scope, but it shares its flow.
/// </summary>
public static class AuditContext
{
    private static readonly AsyncLocal<AuditActor?> Ambient = new();

    /// <summary>The actor in force, or <see cref="AuditActor.System"/>.</summary>
    public static AuditActor Current => Ambient.Value ?? AuditActor.System;

    /// <summary>Sets <paramref name="actor"/> until the returned scope is disposed.</summary>
    public static IDisposable Begin(AuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
