using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace OpenGovInfo.Platform.AnnualReports;

/// <summary>
/// Drill-down lists built on first use (a roll-up's total from its members' lists, a member's from its records, read
/// then): a roll-up or a dashboard needs the numbers of every agency, but the lists behind a cell only when someone
/// opens it.
/// </summary>
internal sealed class LazySources(Func<Dictionary<string, CellSources>> build) : IReadOnlyDictionary<string, CellSources>
{
    private readonly Lazy<Dictionary<string, CellSources>> sources = new(build);

    /// <inheritdoc />
    public CellSources this[string key] => sources.Value[key];

    /// <inheritdoc />
    public IEnumerable<string> Keys => sources.Value.Keys;

    /// <inheritdoc />
    public IEnumerable<CellSources> Values => sources.Value.Values;

    /// <inheritdoc />
    public int Count => sources.Value.Count;

    /// <inheritdoc />
    public bool ContainsKey(string key) => sources.Value.ContainsKey(key);

    /// <inheritdoc />
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out CellSources value) => sources.Value.TryGetValue(key, out value);

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, CellSources>> GetEnumerator() => sources.Value.GetEnumerator();

    /// <inheritdoc />
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
