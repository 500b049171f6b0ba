namespace OpenGovInfo.Platform.Audit;

/// <summary>
/// A write the change tracker never sees (<c>ExecuteUpdate</c>, <c>ExecuteDelete</c>, raw SQL), described by its
/// caller for the trail: the action, the table and row, and the values before and after (masked like any other).
/// </summary>
/// <param name="Action">create, update or delete.</param>
/// <param name="EntityType">The table.</param>
/// <param name="EntityId">The row's key.</param>
/// <param name="Before">Old values of the written columns, or null.</param>
/// <param name="After">New values of the written columns, or null.</param>
public sealed record BulkWrite(
    string Action, string EntityType, string EntityId, IReadOnlyDictionary<string, object?>? Before, IReadOnlyDictionary<string, object?>? After);
