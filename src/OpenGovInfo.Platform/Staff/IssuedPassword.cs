namespace OpenGovInfo.Platform.Staff;

/// <summary>A generated one-time password, shown to the administrator once and stored only as a hash.</summary>
public sealed record IssuedPassword(string UserId, string UserName, string Password);
