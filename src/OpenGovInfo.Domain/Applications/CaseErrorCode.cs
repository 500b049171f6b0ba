namespace OpenGovInfo.Domain.Applications;

/// <summary>Why an application event or a receipt was refused.</summary>
public enum CaseErrorCode
{
    /// <summary>The receipt date needs a signature or confirmation date that was not given.</summary>
    ReceiptDateMissing,

    /// <summary>A signature or confirmation date before the day the application arrived.</summary>
    ReceiptDateBeforeArrival,

    /// <summary>The log does not begin with the receipt, or has a second one.</summary>
    NotReceivedFirst,

    /// <summary>An event dated before the one before it.</summary>
    OutOfOrder,

    /// <summary>A date outside the working-day calendar.</summary>
    OutsideCalendar,

    /// <summary>The case is closed (replied, withdrawn or deemed abandoned).</summary>
    CaseClosed,

    /// <summary>The event does not apply in the case's current status.</summary>
    InvalidInStatus,

    /// <summary>A second supplement notice in one round (条例 第三十条: 一次性告知).</summary>
    SupplementAlreadyRequested,

    /// <summary>The supplement period set by the agency ends on or before the notice.</summary>
    SupplementPeriodInvalid,

    /// <summary>Deemed abandoned before the supplement or payment period is over.</summary>
    PeriodNotOver,

    /// <summary>A consultation id used twice, or unknown.</summary>
    UnknownConsultation,

    /// <summary>An extension without the head's approval, over 20 working days, second, or notified too late.</summary>
    ExtensionNotAllowed,

    /// <summary>A second fee notice, a non-positive amount, or a notice outside the processing period.</summary>
    FeeNotAllowed,

    /// <summary>Payment after the payment window.</summary>
    PaymentPeriodOver,

    /// <summary>An outcome that this event cannot give.</summary>
    OutcomeNotAllowed,

    /// <summary>A 第三十五条 reply date set twice, without a reason, too late, or not after the reply deadline.</summary>
    DeferralNotAllowed,
}
