using OpenGovInfo.Domain.Publishing.Registers;

namespace OpenGovInfo.Platform.Registers;

/// <summary>Validated register records → stored rows; shared by the bulk import and the single-row entry.</summary>
internal static class RegisterRowMapping
{
    public static RegisterDocumentRow Row(int agencyId, NormativeDocumentRecord r) => new()
    {
        AgencyId = agencyId, Kind = r.Kind, Title = r.Title, DocumentNumber = r.DocumentNumber, IssuedOn = r.IssuedOn, RepealedOn = r.RepealedOn,
    };

    /// <summary>Only the masked name is stored: the register is public and personal names are not (条例 第十五条).</summary>
    public static RegisterDecisionRow Row(int agencyId, EnforcementDecisionRecord r) => new()
    {
        AgencyId = agencyId, Kind = r.Kind, DecisionNumber = r.DecisionNumber, DecidedOn = r.DecidedOn,
        SubjectPublicName = r.Subject.PublicName, IsNaturalPerson = r.Subject.IsNaturalPerson,
    };

    public static RegisterFeeRow Row(int agencyId, FeeCollectionRecord r) => new()
    {
        AgencyId = agencyId, FeeItem = r.FeeItem, AmountFen = r.AmountFen, CollectedOn = r.CollectedOn,
    };
}
