using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Domain.Applications.Events;
using OpenGovInfo.Domain.Calendar;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Data;

namespace OpenGovInfo.Platform.Tests.AnnualReports;

/// <summary>
/// A deterministic generated case load for report tests and benchmarks (the bench links this file): for each agency and
/// year, applications of every outcome of the national format and every applicant kind, with supplements, extensions,
/// third-party consultations, fees (paid and unpaid), withdrawals, cases received in December and answered in January,
/// cases still open, and reconsiderations and lawsuits with every result — some decided only after the year they were
/// filed in. Every case is a log of domain events replayed by <see cref="ApplicationCase.Replay"/> and projected with
/// <see cref="CaseLog.Project"/>, so the stored rows are exactly what the platform's append path derives.
/// </summary>
internal sealed class GeneratedCaseLoad
{
    /// <summary>The day the data stops (the test hosts' clock): no event is later, and later decisions are pending.</summary>
    public static readonly DateOnly Today = new(2026, 3, 31);

    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.China;
    private static readonly StatutoryClock Clock = new(Calendar);
    private static readonly DateTimeOffset CreatedAt = new(2026, 3, 31, 1, 0, 0, TimeSpan.Zero);
    private static readonly string AccessKeyHash = Convert.ToHexStringLower(SHA256.HashData("generated"u8));

    private readonly Random random;
    private readonly int applicationsPerYear;
    private readonly Dictionary<int, List<DateOnly>> workingDays = [];
    private int serial;

    private GeneratedCaseLoad(int seed, int applicationsPerYear)
    {
        random = new Random(seed);
        this.applicationsPerYear = applicationsPerYear;
    }

    /// <summary>The cases, each with its log.</summary>
    public List<(ApplicationRow Row, IReadOnlyList<ApplicationEvent> Events)> Cases { get; } = [];

    /// <summary>Reconsiderations and lawsuits, with the index in <see cref="Cases"/> of the case each is about (or null).</summary>
    public List<(RemedyRow Remedy, int? CaseIndex)> Remedies { get; } = [];

    /// <summary>Generates <paramref name="applicationsPerYear"/> applications a year for each agency in each year.</summary>
    /// <remarks>The same arguments always give the same data (a seeded <see cref="Random"/>, no clock).</remarks>
    public static GeneratedCaseLoad Generate(IReadOnlyList<int> agencyIds, IReadOnlyList<int> years, int applicationsPerYear, int seed = 2026)
    {
        var load = new GeneratedCaseLoad(seed, applicationsPerYear);
        foreach (var agency in agencyIds)
        {
            foreach (var year in years)
            {
                load.AddYear(agency, year);
            }
        }

        return load;
    }

    /// <summary>Stores the rows as the platform does: applications first (their ids), then their logs and the remedies.</summary>
    public async Task StoreAsync(OpenGovInfoDbContext db, int batch = 2_000)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        for (var i = 0; i < Cases.Count; i += batch)
        {
            db.Applications.AddRange(Cases.Skip(i).Take(batch).Select(c => c.Row));
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        var events = Cases.SelectMany(c => c.Events.Select((e, n) => CaseLog.EventRow(c.Row.Id, n, e, CaseActor.System, CreatedAt, null)));
        foreach (var chunk in events.Chunk(batch * 3))
        {
            db.ApplicationEvents.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        foreach (var (remedy, index) in Remedies)
        {
            remedy.ApplicationId = index is { } i ? Cases[i].Row.Id : null;
        }

        foreach (var chunk in Remedies.Select(r => r.Remedy).Chunk(batch))
        {
            db.Remedies.AddRange(chunk);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }

        db.ChangeTracker.AutoDetectChangesEnabled = true;
    }

    private void AddYear(int agency, int year)
    {
        var days = WorkingDaysOf(year);
        for (var n = 0; n < applicationsPerYear; n++)
        {
            // The first cases of every year take every outcome in turn, so each agency-year has all 21; then at random.
            var outcome = n < ApplicationOutcome.All.Count ? ApplicationOutcome.All[n] : ApplicationOutcome.All[random.Next(ApplicationOutcome.All.Count)];
            // Every applicant kind, natural persons most often (as in published reports).
            var kind = n < 6 ? (ApplicantKind)(n + 1) : random.Next(10) < 5 ? ApplicantKind.NaturalPerson : (ApplicantKind)random.Next(1, 7);
            // Every 25th case arrives in the last fortnight of December: answered in January, or still open on 31 March.
            var received = n % 25 == 24 ? days[random.Next(days.Count - 10, days.Count)] : days[random.Next(days.Count)];
            var events = Flow(outcome, kind, received);
            var index = Add(agency, events);
            var row = Cases[index].Row;
            if (row.ClosedOn is { } closed && random.Next(100) < 4)
            {
                AddRemedy(agency, index, closed);
            }
        }

        // A lawsuit about a decision made before the platform held the case (no application linked).
        AddRemedy(agency, null, days[random.Next(days.Count)]);
    }

    // A case whose next step would fall after today is still open today (cases of December 2025 run into 2026).
    private List<ApplicationEvent> Flow(ApplicationOutcome outcome, ApplicantKind kind, DateOnly r) =>
        [.. FullFlow(outcome, kind, r).TakeWhile(e => e.On <= Today)];

    private List<ApplicationEvent> FullFlow(ApplicationOutcome outcome, ApplicantKind kind, DateOnly r)
    {
        ApplicationEvent start = new ApplicationReceived(r, (ReceiptChannel)random.Next(5), kind);
        if (outcome == ApplicationOutcome.SupplementOverdue)
        {
            var due = Wd(r, 3).AddDays(15);
            return [start, new SupplementRequested(Wd(r, 3), due), new SupplementAbandoned(due.AddDays(1))];
        }

        if (outcome == ApplicationOutcome.FeeUnpaid)
        {
            var notice = Wd(r, 4 + random.Next(6));
            var payBy = Wd(Wd(notice, 1), FeeNotice.PaymentWorkingDays);
            return [start, new FeeNoticeIssued(notice, Wd(notice, 1), FeeMethod.PerPage, PerPageFee.FenFor(100 + random.Next(400))), new FeeAbandoned(payBy.AddDays(1))];
        }

        if (outcome == ApplicationOutcome.OtherHandling && random.Next(2) == 0)
        {
            return [start, new Withdrawn(Wd(r, 1 + random.Next(10)))];
        }

        if (outcome == ApplicationOutcome.UnclearAfterSupplement)
        {
            return [start, new SupplementRequested(Wd(r, 2), Wd(r, 2).AddDays(15)), new SupplementReceived(Wd(r, 7)), new Replied(Wd(r, 12 + random.Next(8)), outcome)];
        }

        return random.Next(10) switch
        {
            0 => [start, new SupplementRequested(Wd(r, 2), Wd(r, 2).AddDays(15)), new SupplementReceived(Wd(r, 6)), new Replied(Wd(r, 10 + random.Next(12)), outcome)],
            1 => [start, new ConsultationStarted(Wd(r, 4), "第三方", ConsultationKind.ThirdParty), new ConsultationEnded(Wd(r, 12), "第三方"), new Replied(Wd(r, 16 + random.Next(4)), outcome)],
            2 => [start, new ExtensionApproved(Wd(r, 17), "分管负责人", Wd(r, 17)), new Replied(Wd(r, 21 + random.Next(18)), outcome)],
            3 => [start, new FeeNoticeIssued(Wd(r, 5), Wd(r, 6), FeeMethod.PerPage, PerPageFee.FenFor(100 + random.Next(900))), new FeePaid(Wd(r, 8 + random.Next(6))), new Replied(Wd(r, 16), outcome)],
            _ => [start, new Replied(Wd(r, 1 + random.Next(19)), outcome)],
        };
    }

    private int Add(int agency, List<ApplicationEvent> events)
    {
        serial++;
        var result = ApplicationCase.Replay(events, Clock, ClockSettings.Default);
        var @case = result.Case ?? throw new InvalidOperationException($"Generated case {serial} does not replay: {result.Error?.Message}");
        var received = events[0].On;
        var natural = @case.Applicant == ApplicantKind.NaturalPerson;
        var row = new ApplicationRow
        {
            AgencyId = agency,
            TrackingCode = string.Create(CultureInfo.InvariantCulture, $"{received.Year}-GEN{serial:D7}"),
            AccessKeyHash = AccessKeyHash,
            ApplicantKind = @case.Applicant,
            ApplicantName = natural ? "申请人" + serial.ToString(CultureInfo.InvariantCulture) : "单位" + serial.ToString(CultureInfo.InvariantCulture),
            Phone = "13800000000",
            ApplicantKey = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{@case.Applicant}:{serial}"))),
            Description = "生成的测试申请",
            DeliveryForm = DeliveryForm.Paper,
            Channel = @case.Channel,
            ArrivedOn = received,
            ReceivedOn = received,
            CreatedAt = CreatedAt,
            RegisteredBy = "生成数据",
        };
        CaseLog.Project(row, @case, Calendar, Today, replyAwaitingApproval: false);
        Cases.Add((row, @case.Events));
        return Cases.Count - 1;
    }

    private void AddRemedy(int agency, int? caseIndex, DateOnly after)
    {
        var filed = after.AddDays(5 + random.Next(90));
        var kind = (RemedyKind)random.Next(3);
        // Every result; a decision that would come after today is not known yet.
        var result = (RemedyResult)random.Next(4);
        DateOnly? decided = result == RemedyResult.Pending ? null : filed.AddDays(20 + random.Next(200));
        if (decided > Today)
        {
            (result, decided) = (RemedyResult.Pending, null);
        }

        if (filed > Today)
        {
            return;
        }

        Remedies.Add((new RemedyRow
        {
            AgencyId = agency,
            Kind = kind,
            Body = kind == RemedyKind.Reconsideration ? "区人民政府" : "区人民法院",
            CaseNumber = string.Create(CultureInfo.InvariantCulture, $"（{filed.Year}）第{Remedies.Count + 1}号"),
            FiledOn = filed,
            Result = result,
            DecidedOn = decided,
            RecordedBy = "生成数据",
            RecordedAt = CreatedAt,
        }, caseIndex));
    }

    private List<DateOnly> WorkingDaysOf(int year)
    {
        if (!workingDays.TryGetValue(year, out var days))
        {
            days = [];
            for (var d = new DateOnly(year, 1, 1); d.Year == year; d = d.AddDays(1))
            {
                if (Calendar.IsWorkingDay(d))
                {
                    days.Add(d);
                }
            }

            workingDays[year] = days;
        }

        return days;
    }

    private static DateOnly Wd(DateOnly from, int days) =>
        Calendar.TryAddWorkingDays(from, days, out var due) ? due : throw new InvalidOperationException($"Calendar does not reach {days} working days after {from}.");
}
