using OpenGovInfo.Domain.Applications.Events;

namespace OpenGovInfo.Domain.Applications;

/// <summary>征求意见 (条例 第三十二条、第三十四条), the extension (第三十三条第二款) and the 第三十五条 reply date.</summary>
internal sealed partial class CaseReplay
{
    private CaseError? OnConsultationStarted(ConsultationStarted e)
    {
        if (RequireStatus(CaseStatus.Processing, CaseStatus.InConsultation) is { } error)
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(e.Id) || Consultations.Exists(c => c.Id == e.Id))
        {
            return Error(CaseErrorCode.UnknownConsultation, $"征求意见编号“{e.Id}”为空或已使用。");
        }

        if (e.DeliveredOn is { } delivered && delivered < e.On)
        {
            return Error(CaseErrorCode.InvalidInStatus, "征求意见书送达日期不能早于发出日期。");
        }

        // 条例 第三十二条、第三十四条: 自收到征求意见书之日起15个工作日内提出意见.
        var lapse = SetDeadline(e.DeliveredOn ?? e.On, Consultation.ResponseWorkingDays,
            e.Kind == ConsultationKind.ThirdParty ? "条例 第三十二条" : "条例 第三十四条");
        Consultations.Add(new Consultation(e.Id, e.Kind, e.On, lapse, null));
        return null;
    }

    private CaseError? OnConsultationEnded(ConsultationEnded e)
    {
        var index = Consultations.FindIndex(c => c.Id == e.Id && c.IsOpen);
        if (index < 0)
        {
            return Error(CaseErrorCode.UnknownConsultation, $"没有进行中的征求意见“{e.Id}”。");
        }

        Consultations[index] = Consultations[index] with { RespondedOn = e.On };
        return null;
    }

    private CaseError? OnExtensionApproved(ExtensionApproved e)
    {
        if (RequireStatus(CaseStatus.Processing, CaseStatus.InConsultation, CaseStatus.AwaitingPayment) is { } error)
        {
            return error;
        }

        // 条例 第三十三条第二款: 需要延长答复期限的，应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日.
        var refusal = Extension is not null ? "答复期限只能延长一次。"
            : string.IsNullOrWhiteSpace(e.ApprovedBy) ? "延长答复期限须经政府信息公开工作机构负责人同意。"
            : e.WorkingDays is < 1 or > Extension.MaxWorkingDays ? "延长的期限为1至20个工作日。"
            : e.NotifiedOn < e.On ? "告知申请人的日期不能早于批准日期。"
            : ReplyDue(ReplyWorkingDays, closedOn: null) is { } due && e.NotifiedOn > due ? $"须在原答复期限（{due:yyyy-MM-dd}）届满前告知申请人延长答复期限。"
            : null;
        if (refusal is not null)
        {
            return Error(CaseErrorCode.ExtensionNotAllowed, refusal);
        }

        Extension = new Extension(e.On, e.ApprovedBy, e.NotifiedOn, e.WorkingDays);
        return null;
    }

    private CaseError? OnReplyDeferred(ReplyDeferred e)
    {
        if (RequireStatus(CaseStatus.Processing, CaseStatus.InConsultation) is { } error)
        {
            return error;
        }

        // 条例 第三十五条: a reasonable later date, told to the applicant — so within the current period and after it.
        var due = ReplyDue(CurrentReplyWorkingDays, closedOn: null);
        var refusal = Deferral is not null ? "答复日期只能另行确定一次。"
            : string.IsNullOrWhiteSpace(e.Reason) ? "另行确定答复日期须记录理由（条例 第三十五条）。"
            : due is { } d && e.On > d ? $"须在答复期限（{d:yyyy-MM-dd}）届满前告知申请人另行确定的答复日期。"
            : due is { } d2 && e.ReplyBy <= d2 ? $"另行确定的答复日期须晚于答复期限（{d2:yyyy-MM-dd}）。"
            : null;
        if (refusal is not null)
        {
            return Error(CaseErrorCode.DeferralNotAllowed, refusal);
        }

        Deferral = e;
        return null;
    }
}
