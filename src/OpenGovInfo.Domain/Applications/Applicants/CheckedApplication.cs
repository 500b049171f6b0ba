namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>An application form that passed every check.</summary>
/// <param name="Applicant">The applicant.</param>
/// <param name="Description">The information requested.</param>
/// <param name="Delivery">How it is to be provided.</param>
public sealed record CheckedApplication(ApplicantDetails Applicant, string Description, DeliveryForm Delivery);
