using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Testing.Postgres;
using OpenGovInfo.Testing.Web;
using UglyToad.PdfPig;
using static OpenGovInfo.Platform.Tests.Applications.ApplicationFixture;

namespace OpenGovInfo.Platform.Tests.Applications;

/// <summary>A case stored and replayed on each database: intake, supplement, extension, reply review and dispatch, tracking.</summary>
[Collection(DatabaseCollection.Name)]
public sealed class ApplicationCaseStoreTests(PostgresServer postgres)
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_runs_from_receipt_through_supplement_and_extension_to_a_dispatched_letter(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        SetToday(host, 2026, 3, 31);
        var submitted = await SubmitAsync(host, agencyId, Natural());
        // Hand count: 20 working days after Tue 31 March 2026, skipping 清明 (Mon 6 April) and weekends → Wed 29 April.
        Assert.Equal(new DateOnly(2026, 3, 31), submitted.ReceivedOn);
        Assert.Equal(new DateOnly(2026, 4, 29), submitted.ReplyDue);
        Assert.False(submitted.Provisional);

        SetToday(host, 2026, 4, 2);
        var waiting = await StepAsync(host, agencyId, submitted.Id, new CaseStep { Kind = CaseStepKind.RequestSupplement, On = new(2026, 4, 2), DueOn = new(2026, 4, 16), Note = "请说明所需文件的年份和项目名称" });
        Assert.Equal(CaseStatus.AwaitingSupplement, waiting.Status);

        SetToday(host, 2026, 4, 8);
        var supplemented = await StepAsync(host, agencyId, submitted.Id, new CaseStep { Kind = CaseStepKind.ReceiveSupplement, On = new(2026, 4, 8) });
        // The clock restarts on 8 April; 1–5 May are 劳动节 and Sat 9 May is a 调休 working day, which counts: due Sat 9 May.
        Assert.Equal(new DateOnly(2026, 5, 9), supplemented.ReplyBy);

        SetToday(host, 2026, 5, 6);
        var refused = await host.RunAsync<RecordCaseStep, Result<ApplicationCase>>(u => u.RunAsync(agencyId, submitted.Id,
            new CaseStep { Kind = CaseStepKind.ApproveExtension, On = new(2026, 5, 6) }, Officer(agencyId)));
        Assert.Equal("forbidden", Assert.Single(refused.Errors).Code);
        var extended = await StepAsync(host, agencyId, submitted.Id, new CaseStep { Kind = CaseStepKind.ApproveExtension, On = new(2026, 5, 6), DeliveredOn = new(2026, 5, 6) }, Approver(agencyId));
        // 40 working days from 8 April: the 20 more run 11 May … 5 June (端午 is 19 June).
        Assert.Equal(new DateOnly(2026, 6, 5), extended.ReplyBy);
        var row = await host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == submitted.Id));
        Assert.Equal(new DateOnly(2026, 6, 5), row.ReplyDue);
        Assert.Equal(3, row.EventCount - 1);

        SetToday(host, 2026, 5, 20);
        var draft = await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.SaveDraftAsync(agencyId, submitted.Id, "partially_granted", null, null, Officer(agencyId)));
        Assert.True(draft.IsSuccess);
        Assert.Contains("第三十七条", draft.Value.LegalBasis, StringComparison.Ordinal);
        var early = await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.DispatchAsync(agencyId, submitted.Id, new(2026, 5, 20), Officer(agencyId)));
        Assert.Equal("refused", Assert.Single(early.Errors).Code);
        Assert.True((await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.SubmitAsync(agencyId, submitted.Id, Officer(agencyId)))).IsSuccess);
        var queue = await host.RunAsync<CaseWorklist, CaseQueuePage>(u => u.RunAsync(Approver(agencyId), new CaseQueueQuery()));
        Assert.Equal(submitted.TrackingCode, Assert.Single(queue.Rows).TrackingCode);
        Assert.True((await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.DecideAsync(agencyId, submitted.Id, true, null, Approver(agencyId)))).IsSuccess);
        var sent = await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.DispatchAsync(agencyId, submitted.Id, new(2026, 5, 20), Officer(agencyId)));
        Assert.True(sent.IsSuccess, string.Join(" ", sent.Errors.Select(e => e.Message)));
        Assert.EndsWith("依申复〔2026〕1号", sent.Value.LetterNumber, StringComparison.Ordinal);

        var tracked = await host.RunAsync<TrackApplication, TrackedCase?>(u => u.RunAsync(submitted.TrackingCode, submitted.AccessKey.ToLowerInvariant()));
        Assert.NotNull(tracked);
        Assert.Equal("已答复", tracked.Status);
        Assert.Contains("部分公开", tracked.Outcome, StringComparison.Ordinal);
        Assert.Equal(["收到申请", "发出补正告知", "收到补正", "延长答复期限", "答复"], tracked.Events.Select(e => e.What));
        var pdfInfo = Assert.Single(tracked.Documents, d => d.ContentType == "application/pdf");
        var pdf = await host.RunAsync<TrackApplication, ApplicationDocumentRow?>(u => u.DocumentAsync(submitted.TrackingCode, submitted.AccessKey, pdfInfo.Id));
        using var document = PdfDocument.Open(pdf!.Content);
        var text = string.Concat(document.GetPages().Select(p => p.Text));
        Assert.Contains("政府信息公开申请答复书", text, StringComparison.Ordinal);
        Assert.Contains("六十日内", text, StringComparison.Ordinal);
        Assert.Contains("张三丰", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Importing_next_years_notice_moves_the_stored_reply_deadline_of_open_cases(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        SetToday(host, 2026, 12, 21);
        var submitted = await SubmitAsync(host, agencyId, Natural());
        // Hand count from Mon 21 Dec: 22–25 (4), 28–31 (8), provisional 元旦 1–3 Jan, 4–8 Jan (13), 11–15 (18), 18 (19), 19 (20).
        Assert.Equal(new DateOnly(2027, 1, 19), submitted.ReplyDue);
        Assert.True(submitted.Provisional);

        var import = await host.RunAsync<OpenGovInfo.Platform.Calendar.ImportHolidayNotice, Result<OpenGovInfo.Platform.Calendar.CalendarImportReport>>(
            u => u.ImportAsync(Calendar.CalendarStoreTests.Notice2027, 2027, "admin"));
        Assert.True(import.IsSuccess);

        // The notice takes Monday 4 January off: one working day later, and no longer provisional.
        var row = await host.RunAsync<OpenGovInfoDbContext, ApplicationRow>(db => db.Applications.AsNoTracking().SingleAsync(a => a.Id == submitted.Id));
        Assert.Equal(new DateOnly(2027, 1, 20), row.ReplyDue);
        Assert.Equal(new DateOnly(2027, 1, 20), row.NextDue);
        Assert.False(row.ReplyDueProvisional);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Drafts_start_from_the_agencys_own_template_and_an_emptied_template_is_the_national_default_again(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var saved = await host.RunAsync<ReplyTemplateStore, Result<ReplyTemplate>>(s => s.SaveAsync(agencyId, "granted", "经审查，本局决定公开该信息，详见附件。", null, "刘洋"));
        Assert.True(saved.Value.IsAgencyOwn);
        Assert.Equal(Domain.Applications.Letters.ReplyTemplates.LegalBasis(ApplicationOutcome.Granted), saved.Value.LegalBasis);
        var submitted = await SubmitAsync(host, agencyId, Natural());
        var draft = await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.SaveDraftAsync(agencyId, submitted.Id, "granted", null, null, Officer(agencyId)));
        Assert.Equal("经审查，本局决定公开该信息，详见附件。", draft.Value.Body);

        // Switching the outcome replaces the untouched template text with the new outcome's.
        var switched = await host.RunAsync<ReplyLetters, Result<ReplyDraftRow>>(u => u.SaveDraftAsync(agencyId, submitted.Id, "unable.not_held", draft.Value.LegalBasis, draft.Value.Body, Officer(agencyId)));
        Assert.Contains("该政府信息不存在", switched.Value.Body, StringComparison.Ordinal);

        var reset = await host.RunAsync<ReplyTemplateStore, Result<ReplyTemplate>>(s => s.SaveAsync(agencyId, "granted", " ", "", "刘洋"));
        Assert.False(reset.Value.IsAgencyOwn);
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.ReplyTemplates.CountAsync()));
        var refused = await host.RunAsync<ReplyTemplateStore, Result<ReplyTemplate>>(s => s.SaveAsync(agencyId, "other.fee_unpaid", "x", null, "刘洋"));
        Assert.False(refused.IsSuccess);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Whether_awaiting_payment_pauses_the_reply_clock_is_the_installations_setting(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        SetToday(host, 2026, 3, 31);
        var submitted = await SubmitAsync(host, agencyId, Natural());
        SetToday(host, 2026, 4, 2);
        await StepAsync(host, agencyId, submitted.Id, new CaseStep { Kind = CaseStepKind.IssueFeeNotice, On = new(2026, 4, 2), FeeMethod = FeeMethod.PerPage, Pages = 250 });
        SetToday(host, 2026, 4, 9);
        var paid = await StepAsync(host, agencyId, submitted.Id, new CaseStep { Kind = CaseStepKind.RecordPayment, On = new(2026, 4, 9) });
        // FEE-6 default: the working days in (2 April, 9 April] — 3, 7, 8, 9 April (6 April is 清明) — do not count: 29 April + 4 working days = 30 April, then 6, 7, 8 May (1–5 May are 劳动节).
        Assert.Equal(new DateOnly(2026, 5, 8), paid.ReplyBy);

        var configured = ApplicationClockSettings.From(new Microsoft.Extensions.Configuration.ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Applications:FeePausesClock"] = "false" }).Build());
        Assert.False(configured.FeePausesClock);
        var calendar = await host.RunAsync<OpenGovInfoDbContext, OpenGovInfo.Domain.Calendar.WorkingDayCalendar>(db => host.Services.GetRequiredService<OpenGovInfo.Platform.Calendar.CalendarStore>().CurrentAsync(db));
        var log = await host.RunAsync<OpenGovInfoDbContext, CaseLog?>(db => CaseLog.LoadAsync(db, calendar, configured, submitted.Id, CancellationToken.None));
        Assert.Equal(new DateOnly(2026, 4, 29), log!.Case.ReplyBy);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_key_and_an_unknown_code_look_the_same(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var submitted = await SubmitAsync(host, agencyId, Natural());
        Assert.Null(await host.RunAsync<TrackApplication, TrackedCase?>(u => u.RunAsync(submitted.TrackingCode, "WRONGKEY2345")));
        Assert.Null(await host.RunAsync<TrackApplication, TrackedCase?>(u => u.RunAsync(submitted.TrackingCode, null)));
        Assert.Null(await host.RunAsync<TrackApplication, TrackedCase?>(u => u.RunAsync("2026-ZZZZZZZZZZ", submitted.AccessKey)));
        Assert.NotNull(await host.RunAsync<TrackApplication, TrackedCase?>(u => u.RunAsync($" {submitted.TrackingCode.ToLowerInvariant()} ", submitted.AccessKey)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_forms_are_refused_field_by_field_and_store_nothing(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var form = Natural() with { IdNumber = "110105199003070018", Phone = "123", Description = "<script>alert(1)</script>", DeliveryForm = "pigeon" };
        var result = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, form, Arrival.Online, [], null, CaseActor.Applicant));
        Assert.False(result.IsSuccess);
        Assert.Equal(["applicant.idNumber", "applicant.phone", "deliveryForm", "description"], result.Errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.Contains(result.Errors, e => e.Message.Contains("校验位", StringComparison.Ordinal));
        var organisation = Organisation() with { CreditCode = "91110108MA01A1B2C8" };
        var bad = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, organisation, Arrival.Online, [], null, CaseActor.Applicant));
        Assert.Equal("applicant.creditCode", Assert.Single(bad.Errors).Field);
        var disguised = new IncomingFile("证明.pdf", "application/pdf", "MZ\u0090\0this is not a pdf"u8.ToArray());
        var withFile = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, Natural(), Arrival.Online, [disguised], null, CaseActor.Applicant));
        Assert.Equal("files", Assert.Single(withFile.Errors).Field);
        var big = new byte[SubmitApplication.MaxFileBytes + 1];
        "%PDF-1.4\n"u8.CopyTo(big);
        var oversized = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, Natural(), Arrival.Online,
            [new IncomingFile("扫描件.pdf", "application/pdf", big)], null, CaseActor.Applicant));
        Assert.Contains("扫描件.pdf", Assert.Single(oversized.Errors).Message, StringComparison.Ordinal);
        var six = Enumerable.Range(0, 6).Select(i => new IncomingFile($"{i}.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n"u8.ToArray())).ToList();
        var tooMany = await host.RunAsync<SubmitApplication, Result<SubmittedApplication>>(u => u.RunAsync(agencyId, Natural(), Arrival.Online, six, null, CaseActor.Applicant));
        Assert.Contains("最多 5 个", Assert.Single(tooMany.Errors).Message, StringComparison.Ordinal);
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.ApplicationEvents.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_form_submitted_twice_makes_one_case_and_shows_the_same_code_and_key(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var token = CaseAccessCodes.NewSubmissionToken();
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => SubmitAsync(host, agencyId, Natural(), token))));
        Assert.Single(results.Select(r => (r.TrackingCode, r.AccessKey)).Distinct());
        Assert.Equal(1, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Equal(3, results.Count(r => r.WasReplay));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_hundred_simultaneous_submissions_make_two_hundred_cases_with_unique_codes(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i => Task.Run(() => SubmitAsync(host, agencyId, NaturalNumber(i, $"第{i}号文件")))));
        Assert.Equal(200, results.Select(r => r.TrackingCode).Distinct().Count());
        Assert.Equal(200, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.Applications.CountAsync()));
        Assert.Equal(200, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.ApplicationEvents.CountAsync(e => e.Sequence == 0)));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Fees_follow_the_method_and_a_repeat_is_flagged(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        SetToday(host, 2026, 3, 31);
        var first = await SubmitAsync(host, agencyId, Organisation());
        var again = await SubmitAsync(host, agencyId, Organisation() with { Description = "某地块 征收补偿方案。" });
        var view = await host.RunAsync<GetCase, Result<CaseView>>(u => u.RunAsync(agencyId, again.Id, Officer(agencyId)));
        Assert.Equal(first.TrackingCode, view.Value.RepeatOfCode);

        var free = await host.RunAsync<RecordCaseStep, Result<ApplicationCase>>(u => u.RunAsync(agencyId, first.Id,
            new CaseStep { Kind = CaseStepKind.IssueFeeNotice, On = new(2026, 3, 31), FeeMethod = FeeMethod.PerApplication }, Officer(agencyId)));
        Assert.Contains("不得收费", Assert.Single(free.Errors).Message, StringComparison.Ordinal);
        var charged = await StepAsync(host, agencyId, first.Id, new CaseStep { Kind = CaseStepKind.IssueFeeNotice, On = new(2026, 3, 31), FeeMethod = FeeMethod.PerPage, Pages = 250 });
        Assert.Equal(CaseStatus.AwaitingPayment, charged.Status);
        Assert.Equal(PerPageFee.FenFor(250), charged.Fee!.AmountFen);
        Assert.True(charged.Fee.AmountFen > 0);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Personal_data_is_full_and_logged_for_case_staff_and_masked_for_the_supervising_office(string provider)
    {
        var (host, agencyId) = await StartAsync(provider, postgres);
        await using var _ = host;
        var submitted = await SubmitAsync(host, agencyId, Natural());
        var supervised = await host.RunAsync<GetCase, Result<CaseView>>(u => u.RunAsync(agencyId, submitted.Id, Supervisor));
        Assert.False(supervised.Value.Applicant.InFull);
        Assert.Equal("张**", supervised.Value.Applicant.Name);
        Assert.Contains("1101**********0017", supervised.Value.Applicant.Document, StringComparison.Ordinal);
        Assert.Equal("138****5678", supervised.Value.Applicant.Phone);
        Assert.Equal(0, await host.RunAsync<OpenGovInfoDbContext, int>(db => db.PersonalDataViews.CountAsync()));

        var handled = await host.RunAsync<GetCase, Result<CaseView>>(u => u.RunAsync(agencyId, submitted.Id, Officer(agencyId) with { Address = "10.0.0.7" }));
        Assert.True(handled.Value.Applicant.InFull);
        Assert.Contains(IdNumber, handled.Value.Applicant.Document, StringComparison.Ordinal);
        var view = await host.RunAsync<OpenGovInfoDbContext, PersonalDataViewRow>(db => db.PersonalDataViews.SingleAsync());
        Assert.Equal(("officer-1", "10.0.0.7"), (view.ActorId, view.Address));

        var otherAgency = await host.RunAsync<GetCase, Result<CaseView>>(u => u.RunAsync(agencyId, submitted.Id, Officer(agencyId + 99)));
        Assert.Equal("forbidden", Assert.Single(otherAgency.Errors).Code);
        var list = await host.RunAsync<CaseWorklist, CaseQueuePage>(u => u.RunAsync(Officer(agencyId), new CaseQueueQuery()));
        Assert.Equal("张**", Assert.Single(list.Rows).Applicant);
    }
}
