namespace OpenGovInfo.Platform.Publishing;

/// <summary>
/// A match of the full-text index: item id, its relevance (higher is better, in the engine's own measure; 0 for a
/// match the engine did not rank), and whether the query's words (not only its grams) match.
/// </summary>
public readonly record struct SearchCandidate(int Id, double Relevance, bool IsWord);
