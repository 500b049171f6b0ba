using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Notifications;
using OpenGovInfo.Platform.Staff;

namespace OpenGovInfo.Platform.Tests.Notifications;

/// <summary>Staff accounts and notification reads shared by the notification and lease tests.</summary>
internal static class NotificationFixture
{
    public static async Task<string> StaffAsync(PlatformHost host, string userName, int agencyId, params string[] roles)
    {
        var created = await host.RunAsync<CreateStaffAccount, Result<string>>(u =>
            u.RunAsync(new CreateStaffAccountRequest(userName, userName, agencyId, roles, "Test#Pingqiao2026")));
        Assert.True(created.IsSuccess, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.Value;
    }

    public static Task<List<Notification>> AllAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, List<Notification>>(db => db.Set<Notification>().AsNoTracking().OrderBy(n => n.Id).ToListAsync());
}
