using Microsoft.AspNetCore.Authorization;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Web.Authorization;

/// <summary>The user must be allowed <see cref="Operation"/> on the agency named by the route.</summary>
public sealed record AgencyAccessRequirement(AgencyOperation Operation) : IAuthorizationRequirement;
