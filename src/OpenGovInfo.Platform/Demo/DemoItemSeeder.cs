using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Data;
using OpenGovInfo.Platform.Publishing;
using DomainRoles = OpenGovInfo.Domain.Staff.StaffRoles;

namespace OpenGovInfo.Platform.Demo;

/// <summary>
/// Adds <see cref="DemoItems"/> with their full review history (创建 → 提交 → 保密审查 → 批准), consecutive index
/// numbers and counters, and a few unpublished drafts of the bureau that are late or at risk today.
/// </summary>
internal sealed class DemoItemSeeder(OpenGovInfoDbContext db, TimeProvider clock)
{
    private readonly Dictionary<(int Agency, int Year), int> _counters = [];
    private readonly List<(Item Item, ItemEventRow Event)> _events = [];

    public async Task SeedAsync(IReadOnlyDictionary<string, int> agencyIds, IReadOnlyDictionary<string, string> staffIds, CancellationToken cancellationToken)
    {
        var bureau = agencyIds[DemoDistrict.Bureau];
        var bureauStaff = new DemoStaff(staffIds["kgx.editor"], staffIds["kgx.secrecy"], staffIds["kgx.approver"]);
        var bureauItems = DemoItems.Bureau2023WorkUpdates.Select(t => ("work_updates", t))
            .Concat(DemoItems.Bureau2023Plans.Select(t => ("plans_summaries", t)))
            .Concat(DemoItems.Bureau2023Other.Select(t => ("other", t))).ToList();
        for (var i = 0; i < bureauItems.Count; i++)
        {
            var formed = new DateOnly(2023, 1, 9).AddDays(i * 9);
            AddPublished(bureau, DemoDistrict.Bureau, bureauItems[i].Item1, bureauItems[i].Item2, formed, bureauStaff);
        }

        foreach (var (name, _, _) in DemoDistrict.Agencies.Where(a => a.Name != DemoDistrict.Bureau))
        {
            var staff = new DemoStaff("demo:" + name, "demo:" + name, "demo:" + name);
            foreach (var year in new[] { 2024, 2025 })
            {
                for (var p = 0; p < DemoItems.OtherPatterns.Count; p++)
                {
                    var (category, pattern) = DemoItems.OtherPatterns[p];
                    AddPublished(agencyIds[name], name, category, string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, name, year),
                        new DateOnly(year, 2, 6).AddDays(p * 40), staff);
                }
            }
        }

        var annualReport = AddAnnualReport(bureau, bureauStaff);
        AddDrafts(bureau, bureauStaff);
        AddRegisters(bureau);
        foreach (var ((agency, year), last) in _counters)
        {
            db.IndexCounters.Add(new IndexCounter { AgencyId = agency, Year = year, Last = last });
        }

        // Items first (their ids are generated), then their events.
        await db.SaveChangesAsync(cancellationToken);
        foreach (var (item, row) in _events)
        {
            row.ItemId = item.Id;
            db.ItemEvents.Add(row);
        }

        await AttachAnnualReportDocxAsync(annualReport, cancellationToken);

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The bureau's 2023 annual report (the seed's numbers, <c>samples/pingqiao-2023.json</c>), published in January
    /// 2024 as the law requires: its body is the report engine's HTML; the DOCX is attached after the first save.
    /// </summary>
    private (Item Item, Domain.AnnualReports.AnnualReport Report) AddAnnualReport(int bureau, DemoStaff staff)
    {
        using var json = typeof(DemoItemSeeder).Assembly.GetManifestResourceStream("OpenGovInfo.Platform.Demo.pingqiao-2023.json")
            ?? throw new InvalidOperationException("The demo annual report resource is missing from the build.");
        using var buffer = new MemoryStream();
        json.CopyTo(buffer);
        var read = Documents.Json.AnnualReportJsonReader.Read(buffer.ToArray());
        var report = read.Succeeded ? read.Report : throw new InvalidOperationException("The demo annual report does not read: " + read.Errors[0].Message);
        var body = Documents.Html.RichTextSanitizer.Sanitize(Documents.Writing.HtmlReportRenderer.RenderBody(report));
        var item = AddPublished(bureau, DemoDistrict.Bureau, "other", report.Title, new DateOnly(2024, 1, 15), staff, body);
        return (item, report);
    }

    private async Task AttachAnnualReportDocxAsync((Item Item, Domain.AnnualReports.AnnualReport Report) annualReport, CancellationToken cancellationToken)
    {
        using var docx = new MemoryStream();
        new Documents.Writing.DocxReportRenderer().Render(annualReport.Report, docx);
        docx.Position = 0;
        // Through the same inspection as an upload: the demo attachment is what an editor could have uploaded.
        var verdict = await Documents.Attachments.AttachmentInspector.InspectAsync(annualReport.Report.Title + ".docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", AddAttachment.MaxBytes, docx, cancellationToken);
        if (!verdict.IsAccepted)
        {
            throw new InvalidOperationException("The demo report DOCX was refused: " + verdict.Refusal.Message);
        }

        var accepted = verdict.Accepted;
        db.ItemAttachments.Add(new ItemAttachmentRow
        {
            ItemId = annualReport.Item.Id,
            StorageName = accepted.StorageName,
            DisplayName = accepted.DisplayName,
            ContentType = accepted.ContentType,
            Length = accepted.Length,
            UploadedAt = annualReport.Item.PublishedAt ?? throw new InvalidOperationException("The demo annual report is not published."),
            Content = new ItemAttachmentContent { Bytes = accepted.Content.ToArray() },
        });
    }

    private Item AddPublished(int agencyId, string agencyName, string category, string title, DateOnly formed, DemoStaff staff, string? bodyHtml = null)
    {
        var body = bodyHtml ?? $"<p>{title}。</p><p>为深入贯彻落实《中华人民共和国政府信息公开条例》，进一步做好政务公开工作，现将有关情况公开如下。</p>";
        var published = Domain.Calendar.ChinaTime.At(formed.AddDays(5), new TimeOnly(10, 0)).ToUniversalTime();
        var year = Domain.Calendar.ChinaTime.InChina(published).Year;
        var sequence = _counters[(agencyId, year)] = _counters.GetValueOrDefault((agencyId, year)) + 1;
        var code = DemoDistrict.Agencies.Single(a => a.Name == agencyName).CreditCode;
        var item = NewItem(agencyId, agencyName, category, title, body, formed, published.AddDays(-5));
        item.State = ItemState.Published;
        item.PublishedAt = published;
        item.IndexNumber = IndexNumber.Create(code, year, sequence).Value?.ToString()
            ?? throw new InvalidOperationException("A demo agency's index number is invalid.");
        (item.IndexYear, item.IndexSequence) = (year, sequence);
        item.SearchText = SearchDocument.For(item);
        db.Items.Add(item);
        var at = published.AddDays(-3);
        AddEvent(item, 0, staff.Editor, DomainRoles.Editor, at.AddDays(-2), ItemState.Draft, ItemState.Draft, ReviewAction.Create);
        AddEvent(item, 1, staff.Editor, DomainRoles.Editor, at, ItemState.Draft, ItemState.ConfidentialityReview, ReviewAction.Submit);
        AddEvent(item, 2, staff.Secrecy, DomainRoles.ConfidentialityReviewer, at.AddDays(1), ItemState.ConfidentialityReview, ItemState.Approval, ReviewAction.PassConfidentialityReview);
        AddEvent(item, 3, staff.Approver, DomainRoles.Approver, published, ItemState.Approval, ItemState.Published, ReviewAction.Approve);
        return item;
    }

    private void AddDrafts(int bureau, DemoStaff staff)
    {
        var today = Domain.Calendar.ChinaTime.Today(clock);
        var now = clock.GetUtcNow().ToUniversalTime();
        foreach (var (title, daysAgo) in new[] { ("关于2024年度科技计划项目验收情况的公告", 45), ("区科工信局开展工业企业消防安全检查", 24), ("平桥区科技创新券申领指南", 3) })
        {
            var item = NewItem(bureau, DemoDistrict.Bureau, "other", title, $"<p>{title}（草稿）。</p>", today.AddDays(-daysAgo), now);
            db.Items.Add(item);
            AddEvent(item, 0, staff.Editor, DomainRoles.Editor, now, ItemState.Draft, ItemState.Draft, ReviewAction.Create);
        }
    }

    /// <summary>
    /// The bureau's 第二十条 records. Its published 2023 report (the seed) prints zeros in Table 2, so its records start
    /// in 2024: the report compiled from them for 2023 equals the seed, and 2024's shows them.
    /// </summary>
    private void AddRegisters(int bureau)
    {
        db.AddRange(
            new Registers.RegisterDocumentRow { AgencyId = bureau, Kind = Domain.Publishing.Registers.RegisterDocumentKind.NormativeDocument, Title = "平桥区科技创新券管理办法", DocumentNumber = "平科工信〔2024〕2号", IssuedOn = new DateOnly(2024, 4, 12) },
            new Registers.RegisterDocumentRow { AgencyId = bureau, Kind = Domain.Publishing.Registers.RegisterDocumentKind.NormativeDocument, Title = "平桥区工业企业技术改造奖补办法", DocumentNumber = "平科工信〔2024〕5号", IssuedOn = new DateOnly(2024, 6, 3), RepealedOn = new DateOnly(2025, 6, 30) },
            new Registers.RegisterDecisionRow { AgencyId = bureau, Kind = Domain.Publishing.Registers.EnforcementDecisionKind.Penalty, DecisionNumber = "平科工信罚〔2024〕1号", DecidedOn = new DateOnly(2024, 8, 15), SubjectPublicName = "平桥区某机械制造有限公司" },
            new Registers.RegisterFeeRow { AgencyId = bureau, FeeItem = "无线电频率占用费", AmountFen = 1_250_000, CollectedOn = new DateOnly(2024, 12, 20) });
    }

    // The demo is seeded right after migration, when the database holds exactly the shipped calendar.
    private static readonly Domain.Calendar.StatutoryClock Clock = new(Domain.Calendar.WorkingDayCalendar.China);

    private static Item NewItem(int agencyId, string agencyName, string category, string title, string body, DateOnly formed, DateTimeOffset created) => new()
    {
        AgencyId = agencyId,
        Title = title,
        BodyHtml = body,
        BodyText = HtmlText.Of(body),
        CategoryCode = category,
        IssuingAgency = agencyName,
        FormedOn = formed,
        PublishBy = Clock.PublishBy(formed).Deadline?.Due,
        PublishByProvisional = Clock.PublishBy(formed).Deadline?.Provisional ?? false,
        Validity = ItemValidity.Valid,
        Channels = PublicationChannel.Portal,
        State = ItemState.Draft,
        CreatedAt = created,
        UpdatedAt = created,
    };

    private void AddEvent(Item item, int sequence, string actor, DomainRoles roles, DateTimeOffset at, ItemState from, ItemState to, ReviewAction action) =>
        _events.Add((item, new ItemEventRow
        {
            Sequence = sequence, ActorId = actor, ActorName = "演示数据", ActorRoles = roles, At = at, From = from, To = to, Action = action,
        }));

    private sealed record DemoStaff(string Editor, string Secrecy, string Approver);
}
