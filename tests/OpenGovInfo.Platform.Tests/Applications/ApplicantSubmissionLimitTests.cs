using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using static OpenGovInfo.Platform.Tests.Applications.ApplicationFixture;

namespace OpenGovInfo.Platform.Tests.Applications;

/// <summary>One applicant's online submissions are limited per 24 hours, by the keyed identity hash, on both databases.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ApplicantSubmissionLimitTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_applicant_over_the_daily_limit_is_refused_and_nothing_is_stored_while_others_go_on(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var limit = ApplicantSubmissionLimit.DefaultPerDay;
        var token = CaseAccessCodes.NewSubmissionToken();
        var first = await SubmitAsync(host, agencyId, NaturalNumber(7, "第0号文件"), token);
        for (var i = 1; i < limit; i++)
        {
            await SubmitAsync(host, agencyId, NaturalNumber(7, $"第{i}号文件"));
        }

        var refused = await TrySubmitAsync(host, agencyId, NaturalNumber(7, "再来一件"), CaseActor.Applicant);
        Assert.False(refused.IsSuccess);
        var error = Assert.Single(refused.Errors);
        Assert.Equal(ErrorCodes.TooMany, error.Code);
        Assert.Contains($"{limit}件", error.Message, StringComparison.Ordinal);
        Assert.Equal(limit, await CountAsync(host));

        // Another applicant is not affected; a staff registration of the limited one (a letter) is never refused.
        Assert.True((await TrySubmitAsync(host, agencyId, NaturalNumber(8, "另一位申请人的申请"), CaseActor.Applicant)).IsSuccess);
        Assert.True((await TrySubmitAsync(host, agencyId, NaturalNumber(7, "信函申请"), Officer(agencyId))).IsSuccess);

        // A replayed form still finds its case: the limit applies to new cases only.
        var replay = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u =>
            u.RunAsync(agencyId, NaturalNumber(7, "第0号文件"), Arrival.Online, [], token, CaseActor.Applicant));
        Assert.True(replay.IsSuccess);
        Assert.Equal(first.TrackingCode, replay.Value.TrackingCode);

        // A day later the window has moved on.
        host.Clock.Advance(ApplicantSubmissionLimit.Window + TimeSpan.FromMinutes(1));
        Assert.True((await TrySubmitAsync(host, agencyId, NaturalNumber(7, "次日的申请"), CaseActor.Applicant)).IsSuccess);
    }

    private static Task<Result<SubmittedApplication>> TrySubmitAsync(PlatformHost host, int agencyId, ApplicationForm form, CaseActor actor) =>
        host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, form, Arrival.Online, [], null, actor));

    private static Task<int> CountAsync(PlatformHost host) =>
        host.RunAsync<OpenGovInfoDbContext, int>(db => db.Applications.CountAsync());
}
