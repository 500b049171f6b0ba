using OpenGovInfo.Domain.Publishing;

namespace OpenGovInfo.Platform.Publishing;

/// <summary>What an editor types for an item (create or update).</summary>
public sealed record ItemInput(
    string? Title,
    string? BodyHtml,
    string? CategoryCode,
    string? Topic,
    string? DocumentNumber,
    DateOnly FormedOn,
    ItemValidity Validity,
    PublicationChannel Channels);
