namespace OpenGovInfo.Platform.Data;

/// <summary>
/// The few spellings and planner facts that differ between the engines for statements Platform otherwise writes once
/// (implemented in the provider projects, ADR 0024): so that no use case asks which engine it runs on.
/// </summary>
public interface ISqlDialect
{
    /// <summary>
    /// True when the engine plans without table statistics (SQLite: nothing runs ANALYZE), so a statement whose best
    /// join order depends on how selective its filters are must fix that order itself.
    /// </summary>
    bool PlansWithoutStatistics { get; }

    /// <summary>SQL for the integer property <paramref name="property"/> of the JSON text in <paramref name="column"/>, as a 64-bit integer.</summary>
    string JsonInteger(string column, string property);
}
