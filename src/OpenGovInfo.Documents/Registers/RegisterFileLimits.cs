namespace OpenGovInfo.Documents.Registers;

/// <summary>Bounds on an uploaded register file; a county's yearly register is a few thousand rows.</summary>
/// <param name="MaxBytes">The largest file accepted, counted while reading.</param>
/// <param name="MaxRows">The most data rows (the header excluded).</param>
/// <param name="MaxColumns">The most columns.</param>
public sealed record RegisterFileLimits(long MaxBytes = 10L * 1024 * 1024, int MaxRows = 10_000, int MaxColumns = 100)
{
    /// <summary>The defaults.</summary>
    public static RegisterFileLimits Default { get; } = new();
}
