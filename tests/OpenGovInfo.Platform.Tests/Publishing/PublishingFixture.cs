using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Demo;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Testing.Postgres;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Actors and steps shared by the publishing tests: a migrated database with one agency (no demo items).</summary>
internal static class PublishingFixture
{
    public static readonly PublishingActor Editor = new("editor-1", "王丽", StaffRoles.Editor);
    public static readonly PublishingActor Confidentiality = new("secrecy-1", "李强", StaffRoles.ConfidentialityReviewer);
    public static readonly PublishingActor Legal = new("legal-1", "赵敏", StaffRoles.LegalReviewer);
    public static readonly PublishingActor Approver = new("approver-1", "陈刚", StaffRoles.Approver);

    public static async Task<(PlatformHost Host, int AgencyId)> StartAsync(string provider, PostgresServer postgres)
    {
        var host = await PlatformHost.StartAsync(provider, postgres);
        var agencyId = await host.RunAsync<OpenGovInfoDbContext, int>(async db =>
        {
            var agency = new Platform.Agencies.Agency(DemoDistrict.Bureau, Domain.Agencies.AgencyKind.Department,
                Code(), null, host.Clock.GetUtcNow());
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            return agency.Id;
        });
        return (host, agencyId);
    }

    public static ItemInput Input(string title, string category = "work_updates", string body = "<p>推进政务公开工作，提升公开质量。</p>") =>
        new(title, body, category, "科技创新", category == "normative_documents" ? "平科工信〔2026〕3号" : null,
            new DateOnly(2026, 3, 20), ItemValidity.Valid, PublicationChannel.Portal | PublicationChannel.NewMedia);

    public static async Task<int> DraftAsync(PlatformHost host, int agencyId, ItemInput input)
    {
        var created = await host.RunAsync<CreateDraft, Result<int>>(u => u.RunAsync(agencyId, Editor, input));
        Assert.True(created.IsSuccess, string.Join(" ", created.Errors.Select(e => e.Message)));
        return created.Value;
    }

    public static Task<Result<ItemState>> ActAsync(PlatformHost host, int agencyId, int itemId, PublishingActor actor,
        ReviewAction action, string? comment = null) =>
        host.RunAsync<ApplyReviewAction, Result<ItemState>>(u => u.RunAsync(new ReviewActionRequest(agencyId, itemId, action, comment), actor));

    /// <summary>Draft → submit → 保密审查 → (法律审核) → approve; asserts every step succeeds.</summary>
    public static async Task PublishAsync(PlatformHost host, int agencyId, int itemId, bool legal)
    {
        Assert.Equal(ItemState.ConfidentialityReview, (await ActAsync(host, agencyId, itemId, Editor, ReviewAction.Submit)).Value);
        await ActAsync(host, agencyId, itemId, Confidentiality, ReviewAction.PassConfidentialityReview);
        if (legal)
        {
            Assert.Equal(ItemState.Approval, (await ActAsync(host, agencyId, itemId, Legal, ReviewAction.PassLegalReview)).Value);
        }

        var approved = await ActAsync(host, agencyId, itemId, Approver, ReviewAction.Approve);
        Assert.True(approved.IsSuccess, string.Join(" ", approved.Errors.Select(e => e.Message)));
        Assert.Equal(ItemState.Published, approved.Value);
    }

    public static Task<Item> ItemAsync(PlatformHost host, int itemId) =>
        host.RunAsync<OpenGovInfoDbContext, Item>(db => db.Items.AsNoTracking().SingleAsync(i => i.Id == itemId));

    private static Domain.Agencies.UnifiedSocialCreditCode Code()
    {
        Assert.True(Domain.Agencies.UnifiedSocialCreditCode.TryParse("11411503005056032N", out var code, out _));
        return code;
    }
}
