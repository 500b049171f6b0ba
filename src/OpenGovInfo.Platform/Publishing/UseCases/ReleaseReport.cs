namespace OpenGovInfo.Platform.Publishing;

/// <summary>What one run of <see cref="ReleaseDueItems"/> did.</summary>
/// <param name="Released">Items this run published.</param>
/// <param name="TakenElsewhere">Due items another node (or a withdrawal) changed first; left alone.</param>
/// <param name="Refused">Due items the workflow refused; they stay scheduled.</param>
public sealed record ReleaseReport(IReadOnlyList<int> Released, int TakenElsewhere, IReadOnlyList<ReleaseRefusal> Refused);
