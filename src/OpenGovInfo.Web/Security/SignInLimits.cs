namespace OpenGovInfo.Web.Security;

/// <summary>
/// Per-address limits on sign-in (configuration section <c>SignIn</c>, see docs/operations.md and ADR 0012).
/// </summary>
/// <param name="FailuresPerAddress">Failed sign-ins (password or code) one address may make per <paramref name="FailureWindow"/>; kept below the account lock-out so that one address meets this limit first.</param>
/// <param name="FailureWindow">The sliding window of <paramref name="FailuresPerAddress"/>.</param>
/// <param name="PostsPerAddressPerMinute">Sign-in form posts one address may send per minute, successful or not: each costs a password hash (~90 ms of CPU).</param>
public sealed record SignInLimits(int FailuresPerAddress, TimeSpan FailureWindow, int PostsPerAddressPerMinute)
{
    /// <summary>Reads the section, with the defaults for anything not set.</summary>
    public static SignInLimits From(IConfiguration configuration)
    {
        var section = configuration.GetSection("SignIn");
        return new SignInLimits(
            Math.Max(1, section.GetValue("FailuresPerAddress", 5)),
            TimeSpan.FromMinutes(Math.Max(1, section.GetValue("FailureWindowMinutes", 15))),
            Math.Max(1, section.GetValue("PostsPerAddressPerMinute", 30)));
    }
}
