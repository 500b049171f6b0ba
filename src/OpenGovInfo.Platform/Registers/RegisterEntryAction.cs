namespace OpenGovInfo.Platform.Registers;

/// <summary>What was done to a register row after it was entered; stored as text.</summary>
public enum RegisterEntryAction
{
    /// <summary>更正: fields changed, with a reason.</summary>
    Correct,

    /// <summary>撤回: taken off the public register, with a reason.</summary>
    Withdraw,
}
