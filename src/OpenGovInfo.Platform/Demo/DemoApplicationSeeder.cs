using OpenGovInfo.Domain.Agencies;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Demo;

/// <summary>
/// Demo applications: every agency, 2023–2025, every one of the 21 outcomes, with supplements, consultations,
/// extensions, fees, year-end carry-overs, reconsiderations and lawsuits — except the seed's bureau in 2023, whose
/// published report says it received none — plus a few open cases around today for the work queue.
/// Built from domain events and replayed, so the stored rows are exactly what the platform derives.
/// </summary>
internal sealed class DemoApplicationSeeder(OpenGovInfoDbContext db, ClockSettings settings, PersonalData.ApplicantKeys applicantKeys, TimeProvider clock)
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"];
    private static readonly string[] GivenNames = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳"];
    private static readonly string[] Requests =
    [
        "{0}年度部门预算执行情况说明", "{0}年某道路改造工程的立项批复文件", "{0}年辖区内企业扶持资金发放名单", "{0}年度行政处罚决定书汇总",
        "{0}年某小区规划许可相关文件", "{0}年专项资金使用情况审计报告", "{0}年度重点项目招标文件", "{0}年征收补偿安置方案",
    ];

    private WorkingDayCalendar calendar = WorkingDayCalendar.China;
    private StatutoryClock statutory = new(WorkingDayCalendar.China);
    private int serial;

    public async Task SeedAsync(IReadOnlyDictionary<string, int> agencyIds, WorkingDayCalendar current, CancellationToken cancellationToken)
    {
        (calendar, statutory) = (current, new StatutoryClock(current));
        var today = ChinaTime.Today(clock);
        foreach (var (name, agencyId) in agencyIds.OrderBy(p => p.Value))
        {
            foreach (var year in new[] { 2023, 2024, 2025 })
            {
                if (name == DemoDistrict.Bureau && year == 2023)
                {
                    continue;
                }

                var withheld = 0;
                for (var i = 0; i < ApplicationOutcome.All.Count; i++)
                {
                    var outcome = ApplicationOutcome.All[i];
                    var received = WorkingDayOnOrAfter(new DateOnly(year, 1 + (i % 11), 1 + ((i * 3) + agencyId) % 25));
                    var row = Add(agencyId, i, received, Flow(outcome, i, received), today);
                    if (outcome.Category?.Code == "withheld" && withheld++ < 3)
                    {
                        AddRemedy(agencyId, row, withheld, received);
                    }
                }

                // 结转: received in mid-December, answered in January.
                var lateDecember = WorkingDayOnOrAfter(new DateOnly(year, 12, 15 + (agencyId % 5)));
                Add(agencyId, 100, lateDecember, Replied(lateDecember, 15, ApplicationOutcome.Granted), today);
            }

            // The work queue today: one case being handled, one awaiting a supplement, one overdue.
            var recent = WorkingDayOnOrBefore(today.AddDays(-4));
            Add(agencyId, 200, recent, [new ApplicationReceived(recent, ReceiptChannel.Internet, ApplicantKind.NaturalPerson)], today);
            var asked = WorkingDayOnOrBefore(today.AddDays(-9));
            Add(agencyId, 201, asked, [new ApplicationReceived(asked, ReceiptChannel.InPerson, ApplicantKind.CommercialEnterprise),
                new SupplementRequested(Wd(asked, 2) <= today ? Wd(asked, 2) : asked, today.AddDays(10))], today);
            var old = WorkingDayOnOrBefore(today.AddDays(-45));
            Add(agencyId, 202, old, [new ApplicationReceived(old, ReceiptChannel.PostSigned, ApplicantKind.NaturalPerson)], today);
        }

        // Rows first (their ids), then the logs and remedies that point at them.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (row, @case) in pending)
        {
            db.ApplicationEvents.AddRange(@case.Events.Select((e, n) => CaseLog.EventRow(row.Id, n, e, CaseActor.System, row.CreatedAt, null)));
        }

        foreach (var (remedy, row) in remedies)
        {
            remedy.ApplicationId = row.Id;
            db.Remedies.Add(remedy);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private List<ApplicationEvent> Flow(ApplicationOutcome outcome, int i, DateOnly r)
    {
        var kind = (ApplicantKind)(1 + (i % 6));
        ApplicationEvent start = new ApplicationReceived(r, (ReceiptChannel)(i % 5), kind);
        if (outcome == ApplicationOutcome.SupplementOverdue)
        {
            var due = Wd(r, 3).AddDays(10);
            return [start, new SupplementRequested(Wd(r, 3), due), new SupplementAbandoned(due.AddDays(1))];
        }

        if (outcome == ApplicationOutcome.FeeUnpaid)
        {
            var payBy = Wd(Wd(r, 6), FeeNotice.PaymentWorkingDays);
            return [start, new FeeNoticeIssued(Wd(r, 5), Wd(r, 6), FeeMethod.PerPage, PerPageFee.FenFor(300)), new FeeAbandoned(payBy.AddDays(1))];
        }

        if (outcome == ApplicationOutcome.UnclearAfterSupplement || i % 5 == 1)
        {
            return [start, new SupplementRequested(Wd(r, 2), Wd(r, 2).AddDays(10)), new SupplementReceived(Wd(r, 6)), new Replied(Wd(r, 14), outcome)];
        }

        return (i % 5) switch
        {
            2 => [start, new ConsultationStarted(Wd(r, 4), "第三方企业", ConsultationKind.ThirdParty), new ConsultationEnded(Wd(r, 12), "第三方企业"), new Replied(Wd(r, 18), outcome)],
            3 => [start, new ExtensionApproved(Wd(r, 18), "分管负责人", Wd(r, 18)), new Replied(Wd(r, 30), outcome)],
            4 => [start, new FeeNoticeIssued(Wd(r, 5), Wd(r, 6), FeeMethod.PerPage, PerPageFee.FenFor(200)), new FeePaid(Wd(r, 9)), new Replied(Wd(r, 15), outcome)],
            _ => Replied(r, 10, outcome, kind),
        };
    }

    private List<ApplicationEvent> Replied(DateOnly r, int after, ApplicationOutcome outcome, ApplicantKind kind = ApplicantKind.NaturalPerson) =>
        [new ApplicationReceived(r, ReceiptChannel.Internet, kind), new Replied(Wd(r, after), outcome)];

    private ApplicationRow Add(int agencyId, int variant, DateOnly received, List<ApplicationEvent> events, DateOnly today)
    {
        serial++;
        var result = ApplicationCase.Replay(events, statutory, settings);
        var @case = result.Case ?? throw new InvalidOperationException($"Demo case {agencyId}/{variant} does not replay: {result.Error?.Message}");
        var kind = @case.Applicant;
        var natural = kind == ApplicantKind.NaturalPerson;
        var name = natural ? Surnames[serial % Surnames.Length] + GivenNames[(serial / 3) % GivenNames.Length]
            : $"平桥{GivenNames[serial % GivenNames.Length]}{ApplicantKinds.Column(kind).Label switch { "商业企业" => "科技有限公司", "科研机构" => "研究院", "社会公益组织" => "公益服务中心", "法律服务机构" => "律师事务所", _ => "协会" }}";
        var applicant = new ApplicantDetails(kind, name, natural ? IdDocumentType.ResidentIdCard : null, natural ? IdNumber(serial) : null,
            natural ? null : CreditCode(serial), natural ? null : "负责人", natural ? null : "联系人", $"1380376{serial % 10000:D4}", null, "平桥区平安路" + (serial % 200) + "号");
        var row = new ApplicationRow
        {
            AgencyId = agencyId,
            TrackingCode = $"{received.Year}-DEMO{serial:D6}",
            AccessKeyHash = CaseAccessCodes.Hash(CaseAccessCodes.NewAccessKey()),
            ApplicantKind = kind,
            ApplicantName = applicant.Name,
            IdType = applicant.IdType,
            IdNumber = applicant.IdNumber,
            CreditCode = applicant.CreditCode,
            LegalRepresentative = applicant.LegalRepresentative,
            ContactName = applicant.ContactName,
            Phone = applicant.Phone,
            Address = applicant.Address,
            ApplicantKey = applicantKeys.Of(applicant),
            Description = string.Format(System.Globalization.CultureInfo.InvariantCulture, Requests[serial % Requests.Length], received.Year - 1),
            DeliveryForm = (DeliveryForm)(1 + (serial % 4)),
            Channel = @case.Channel,
            ArrivedOn = received,
            ReceivedOn = received,
            CreatedAt = clock.GetUtcNow().ToUniversalTime(),
            RegisteredBy = "演示数据",
        };
        CaseLog.Project(row, @case, calendar, today, replyAwaitingApproval: false);
        db.Applications.Add(row);
        pending.Add((row, @case));
        return row;
    }

    private readonly List<(ApplicationRow Row, ApplicationCase Case)> pending = [];

    private readonly List<(RemedyRow Remedy, ApplicationRow Row)> remedies = [];

    private void AddRemedy(int agencyId, ApplicationRow row, int n, DateOnly received) =>
        remedies.Add((new RemedyRow
        {
            AgencyId = agencyId,
            Kind = n == 3 ? RemedyKind.LitigationDirect : RemedyKind.Reconsideration,
            Body = n == 3 ? "平桥区人民法院" : "平桥区人民政府",
            FiledOn = received.AddDays(70),
            Result = n switch { 1 => RemedyResult.Upheld, 2 => RemedyResult.Corrected, _ => RemedyResult.Pending },
            DecidedOn = n < 3 ? received.AddDays(130) : null,
            RecordedBy = "演示数据",
            RecordedAt = clock.GetUtcNow().ToUniversalTime(),
        }, row));

    private DateOnly Wd(DateOnly from, int days) =>
        calendar.TryAddWorkingDays(from, days, out var due) ? due : throw new InvalidOperationException($"Calendar does not reach {days} working days after {from}.");

    private DateOnly WorkingDayOnOrAfter(DateOnly date)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }

        return date;
    }

    private DateOnly WorkingDayOnOrBefore(DateOnly date)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(-1);
        }

        return date;
    }

    private static string IdNumber(int n)
    {
        var first17 = $"411503{1960 + (n % 40)}{1 + (n % 12):D2}{1 + (n % 28):D2}{n % 1000:D3}";
        return first17 + ResidentIdNumber.CheckCharacter(first17);
    }

    private static string CreditCode(int n)
    {
        var first17 = $"91411503MA{n % 10000000:D7}";
        return first17 + UnifiedSocialCreditCode.CheckCharacter(first17);
    }
}
