using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.PortalBench;

/// <summary>Migrates an empty database and adds one agency with <c>--count</c> published items (bulk, no workflow).</summary>
internal static class PortalSeeder
{
    private static readonly string[] Words =
        ["政府信息公开", "科技创新", "工业企业", "安全生产", "政务服务", "专项资金", "节能监察", "高新技术", "数字化转型", "科普活动", "统计调查", "招商引资"];

    public static async Task<int> RunAsync(BenchOptions options)
    {
        await using var services = new ServiceCollection().AddLogging().AddPlatform(options.Configuration).BuildServiceProvider();
        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync();
        }

        int agencyId;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
            var code = UnifiedSocialCreditCode.TryParse("11411503005056032N", out var parsed, out var error)
                ? parsed : throw new InvalidOperationException(error);
            var agency = new Agency("平桥区科学技术和工业信息化局", AgencyKind.Department, code, null, DateTimeOffset.UtcNow);
            db.Agencies.Add(agency);
            await db.SaveChangesAsync();
            agencyId = agency.Id;
        }

        const int Batch = 5000;
        for (var start = 0; start < options.Count; start += Batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            db.Items.AddRange(Enumerable.Range(start, Math.Min(Batch, options.Count - start)).Select(n => NewItem(agencyId, n)));
            await db.SaveChangesAsync();
            Console.WriteLine($"{start + Batch} items");
        }

        if (options.Database.Provider == DatabaseProvider.PostgreSql)
        {
            // As an operator does after a bulk load (autovacuum would, a minute later): plans on real statistics.
            await using var scope = services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OpenGovInfoDbContext>().Database.ExecuteSqlRawAsync("ANALYZE");
        }

        return 0;
    }

    private static Item NewItem(int agencyId, int n)
    {
        var year = 2016 + (n % 10);
        var sequence = (n / 10) + 1;
        var title = $"{Words[n % Words.Length]}工作动态第{n}期：{Words[(n / 7) % Words.Length]}";
        var body = $"为深入贯彻落实《中华人民共和国政府信息公开条例》，{Words[(n / 3) % Words.Length]}和{Words[(n / 11) % Words.Length]}有关情况公开如下。第{n}号。";
        var published = new DateTimeOffset(year, 1 + (n % 12), 1 + (n % 28), 2, 0, 0, TimeSpan.Zero).AddSeconds(n % 3600);
        return new Item
        {
            AgencyId = agencyId, Title = title, BodyHtml = $"<p>{body}</p>", BodyText = body,
            CategoryCode = InformationCategory.All[n % 7].Code, IssuingAgency = "平桥区科学技术和工业信息化局",
            FormedOn = DateOnly.FromDateTime(published.UtcDateTime).AddDays(-3), Validity = ItemValidity.Valid,
            Channels = PublicationChannel.Portal, State = ItemState.Published, PublishedAt = published,
            IndexNumber = $"11411503005056032N/{year}-{sequence:D5}", IndexYear = year, IndexSequence = sequence,
            SearchText = SearchDocument.Text(title, body, year, agencyId, InformationCategory.All[n % 7].Code), CreatedAt = published, UpdatedAt = published,
        };
    }
}
