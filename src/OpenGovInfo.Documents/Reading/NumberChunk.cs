namespace OpenGovInfo.Documents.Reading;

/// <summary>
/// One printed group of digits. From page text a chunk may hold several glued cells ("713000074"); from a table
/// cell it is exactly one value (<see cref="Exact"/>). A null <see cref="Digits"/> is a blank table cell.
/// </summary>
/// <param name="Digits">The digits as printed (may contain one decimal point), or null for a blank cell.</param>
/// <param name="Exact">True when the chunk is one whole table cell and must not be split.</param>
internal readonly record struct NumberChunk(string? Digits, bool Exact);
