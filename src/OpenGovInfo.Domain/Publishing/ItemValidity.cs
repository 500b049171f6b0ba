namespace OpenGovInfo.Domain.Publishing;

/// <summary>Whether a published item is still in force (有效性).</summary>
public enum ItemValidity
{
    /// <summary>有效.</summary>
    Valid,

    /// <summary>废止 (repealed or expired).</summary>
    Repealed,
}
