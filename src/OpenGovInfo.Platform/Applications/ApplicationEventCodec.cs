using System.Text.Json;
using System.Text.Json.Serialization;
using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Domain.Applications.Events;

namespace OpenGovInfo.Platform.Applications;

/// <summary>
/// Stores domain events as a kind and a flat JSON object, and reads them back. Written by hand, not by type names,
/// so that renaming a C# type never breaks a stored log.
/// </summary>
public static class ApplicationEventCodec
{
    private static readonly JsonSerializerOptions Options = new()
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The stored kind and JSON of <paramref name="e"/>.</summary>
    public static (string Kind, string Data) Encode(ApplicationEvent e)
    {
        var (kind, data) = e switch
        {
            ApplicationReceived r => ("received", new EventData { Channel = r.Channel, Applicant = r.Applicant }),
            SupplementRequested r => ("supplement_requested", new EventData { DueOn = r.DueOn }),
            SupplementReceived => ("supplement_received", new EventData()),
            SupplementAbandoned => ("supplement_abandoned", new EventData()),
            ConsultationStarted r => ("consultation_started", new EventData { Id = r.Id, Consultation = r.Kind, DeliveredOn = r.DeliveredOn }),
            ConsultationEnded r => ("consultation_ended", new EventData { Id = r.Id }),
            ExtensionApproved r => ("extension_approved", new EventData { ApprovedBy = r.ApprovedBy, NotifiedOn = r.NotifiedOn, WorkingDays = r.WorkingDays }),
            FeeNoticeIssued r => ("fee_notice", new EventData { ReceivedOn = r.ReceivedOn, Method = r.Method, AmountFen = r.AmountFen }),
            FeePaid => ("fee_paid", new EventData()),
            FeeAbandoned => ("fee_abandoned", new EventData()),
            Replied r => ("replied", new EventData { Outcome = r.Outcome.Code }),
            ReplyDeferred r => ("reply_deferred", new EventData { ReplyBy = r.ReplyBy, Reason = r.Reason }),
            Withdrawn => ("withdrawn", new EventData()),
            _ => throw new ArgumentOutOfRangeException(nameof(e), e, "Unknown application event."),
        };
        return (kind, JsonSerializer.Serialize(data, Options));
    }

    /// <summary>The domain event of a stored row.</summary>
    public static ApplicationEvent Decode(string kind, DateOnly on, string json)
    {
        var d = JsonSerializer.Deserialize<EventData>(json, Options) ?? new EventData();
        return kind switch
        {
            "received" => new ApplicationReceived(on, d.Channel ?? ReceiptChannel.Internet, d.Applicant ?? ApplicantKind.NaturalPerson),
            "supplement_requested" => new SupplementRequested(on, Required(d.DueOn, kind)),
            "supplement_received" => new SupplementReceived(on),
            "supplement_abandoned" => new SupplementAbandoned(on),
            "consultation_started" => new ConsultationStarted(on, d.Id ?? string.Empty, d.Consultation ?? ConsultationKind.ThirdParty, d.DeliveredOn),
            "consultation_ended" => new ConsultationEnded(on, d.Id ?? string.Empty),
            "extension_approved" => new ExtensionApproved(on, d.ApprovedBy ?? string.Empty, Required(d.NotifiedOn, kind), d.WorkingDays ?? 20),
            "fee_notice" => new FeeNoticeIssued(on, Required(d.ReceivedOn, kind), d.Method ?? FeeMethod.PerApplication, d.AmountFen ?? 0),
            "fee_paid" => new FeePaid(on),
            "fee_abandoned" => new FeeAbandoned(on),
            "replied" => new Replied(on, ApplicationOutcome.FromCode(d.Outcome ?? string.Empty)
                ?? throw new InvalidDataException($"Stored reply has unknown outcome '{d.Outcome}'.")),
            "reply_deferred" => new ReplyDeferred(on, Required(d.ReplyBy, kind), d.Reason ?? string.Empty),
            "withdrawn" => new Withdrawn(on),
            _ => throw new InvalidDataException($"Unknown stored application event '{kind}'."),
        };
    }

    /// <summary>The Chinese name of a stored kind, for timelines.</summary>
    public static string Name(string kind) => kind switch
    {
        "received" => "收到申请",
        "supplement_requested" => "发出补正告知",
        "supplement_received" => "收到补正",
        "supplement_abandoned" => "逾期未补正，视为放弃",
        "consultation_started" => "发出征求意见",
        "consultation_ended" => "征求意见结束",
        "extension_approved" => "延长答复期限",
        "fee_notice" => "发出收费通知",
        "fee_paid" => "缴费",
        "fee_abandoned" => "逾期未缴费，视为放弃",
        "replied" => "答复",
        "reply_deferred" => "确定延后答复期限（第三十五条）",
        "withdrawn" => "申请人撤回",
        _ => kind,
    };

    private static DateOnly Required(DateOnly? value, string kind) =>
        value ?? throw new InvalidDataException($"Stored '{kind}' event misses a date.");

    private sealed class EventData
    {
        public ReceiptChannel? Channel { get; set; }

        public ApplicantKind? Applicant { get; set; }

        public DateOnly? DueOn { get; set; }

        public string? Id { get; set; }

        public ConsultationKind? Consultation { get; set; }

        public DateOnly? DeliveredOn { get; set; }

        public string? ApprovedBy { get; set; }

        public DateOnly? NotifiedOn { get; set; }

        public int? WorkingDays { get; set; }

        public DateOnly? ReceivedOn { get; set; }

        public FeeMethod? Method { get; set; }

        public long? AmountFen { get; set; }

        public string? Outcome { get; set; }

        public DateOnly? ReplyBy { get; set; }

        public string? Reason { get; set; }
    }
}
