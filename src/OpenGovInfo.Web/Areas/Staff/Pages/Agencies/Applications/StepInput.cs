using OpenGovInfo.Domain.Applications;
using OpenGovInfo.Platform.Applications;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Applications;

/// <summary>A step form's fields; which ones count depends on the step.</summary>
public sealed class StepInput
{
    /// <summary>The step.</summary>
    public CaseStepKind Kind { get; set; }

    /// <summary>办理日期.</summary>
    public DateOnly? On { get; set; }

    /// <summary>补正期限 / 答复期限（第三十五条）.</summary>
    public DateOnly? DueOn { get; set; }

    /// <summary>Supplement channel.</summary>
    public ReceiptChannel? Channel { get; set; }

    /// <summary>签收或确认日期.</summary>
    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>Consulted party.</summary>
    public string? Party { get; set; }

    /// <summary>Third party or agency.</summary>
    public ConsultationKind? ConsultationKind { get; set; }

    /// <summary>送达 / 告知 / 收到 date.</summary>
    public DateOnly? DeliveredOn { get; set; }

    /// <summary>Extension working days.</summary>
    public int? WorkingDays { get; set; }

    /// <summary>Fee method.</summary>
    public FeeMethod? FeeMethod { get; set; }

    /// <summary>Pages.</summary>
    public int? Pages { get; set; }

    /// <summary>Note.</summary>
    public string? Note { get; set; }

    /// <summary>The platform's step, dated today when no date was given.</summary>
    public CaseStep ToStep(DateOnly today) => new()
    {
        Kind = Kind, On = On ?? today, DueOn = DueOn, Channel = Channel, ConfirmedOn = ConfirmedOn, Party = Party, ConsultationKind = ConsultationKind,
        DeliveredOn = DeliveredOn, WorkingDays = WorkingDays, FeeMethod = FeeMethod, Pages = Pages, Note = Note,
    };
}
