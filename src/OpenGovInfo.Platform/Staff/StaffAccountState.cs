namespace OpenGovInfo.Platform.Staff;

/// <summary>
/// 停用 without a new column: a disabled account is locked out until the end of time. A temporary lock-out after
/// failed sign-ins ends within minutes (<see cref="StaffIdentityOptions.LockoutDuration"/>), so the two never mix up.
/// </summary>
public static class StaffAccountState
{
    /// <summary>The lock-out end that marks an account disabled.</summary>
    public static readonly DateTimeOffset DisabledUntil = DateTimeOffset.MaxValue;

    // Databases round the far end of time differently (PostgreSQL may store it as 'infinity'): compare by year.
    private static readonly DateTimeOffset DisabledThreshold = new(new DateTime(9000, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    /// <summary>True when the account is disabled.</summary>
    public static bool IsDisabled(StaffUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return IsDisabled(user.LockoutEnd);
    }

    /// <summary>True when a lock-out that ends at <paramref name="lockoutEnd"/> means a disabled account.</summary>
    public static bool IsDisabled(DateTimeOffset? lockoutEnd) => lockoutEnd is { } end && end >= DisabledThreshold;
}
