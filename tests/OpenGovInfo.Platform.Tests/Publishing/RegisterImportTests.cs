using System.Text;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Registers;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Platform.Tests.Publishing;

/// <summary>Register imports are all or nothing, with a row-by-row report, on both providers.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class RegisterImportTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task One_bad_row_imports_nothing_a_clean_file_imports_every_row_with_names_masked(string provider)
    {
        var (host, agencyId) = await PublishingFixture.StartAsync(provider, postgres);
        await using var _ = host;
        const string Header = "类别,决定书文号,决定日期,当事人,当事人类型\n";
        var bad = await ImportAsync(host, agencyId, Header + "行政处罚,平科工信罚〔2026〕1号,2026-02-03,张三,自然人\n行政处罚,平科工信罚〔2026〕2号,2026-13-40,某公司,法人或其他组织\n");
        Assert.Equal(0, bad.Value.Imported);
        Assert.Contains(bad.Value.Issues, i => i.RowNumber == 3);
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Set<RegisterDecisionRow>().CountAsync()));

        var good = await ImportAsync(host, agencyId, Header + "行政处罚,平科工信罚〔2026〕1号,2026-02-03,张三丰,自然人\n行政许可,平科工信许〔2026〕5号,2026-02-04,平桥科技有限公司,法人或其他组织\n");
        Assert.Empty(good.Value.Issues);
        Assert.Equal(2, good.Value.Imported);
        var view = await host.RunAsync<ListRegisters, RegistersView>(q => q.RunAsync(agencyId));
        Assert.Contains(view.Decisions, d => d.SubjectPublicName == "张**");
        Assert.Contains(view.Decisions, d => d.SubjectPublicName == "平桥科技有限公司");
    }

    private static Task<Result<RegisterImportReport>> ImportAsync(PlatformHost host, int agencyId, string csv) =>
        host.RunAsync<ImportRegister, Result<RegisterImportReport>>(u => u.RunAsync(agencyId, RegisterKind.Decisions, "decisions.csv", new MemoryStream(Encoding.UTF8.GetBytes(csv))));
}
