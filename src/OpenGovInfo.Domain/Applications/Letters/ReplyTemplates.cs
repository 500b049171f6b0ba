namespace OpenGovInfo.Domain.Applications.Letters;

/// <summary>
/// The default wording and legal basis of a reply for each of the 21 outcomes (条例 第三十六条 to 第三十九条). The
/// officer edits the text per case; these defaults make sure each outcome cites the article that allows it.
/// </summary>
public static class ReplyTemplates
{
    /// <summary>The remedies every reply must state (条例 第五十一条; 行政复议法 第二十条; 行政诉讼法 第四十六条).</summary>
    public const string Remedies =
        "如对本答复不服，可以自收到本答复书之日起六十日内依法申请行政复议，或者自收到本答复书之日起六个月内依法向人民法院提起行政诉讼。";

    /// <summary>The article(s) the outcome rests on.</summary>
    public static string LegalBasis(ApplicationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        const string Regulation = "《中华人民共和国政府信息公开条例》";
        var articles = outcome.Code switch
        {
            "granted" => "第三十六条第（二）项",
            "partially_granted" => "第三十七条、第三十六条第（二）项",
            "withheld.state_secret" or "withheld.prohibited_by_law" or "withheld.security_stability" => "第十四条、第三十六条第（三）项",
            "withheld.third_party_rights" => "第十五条、第三十二条、第三十六条第（三）项",
            "withheld.internal_affairs" => "第十六条第一款、第三十六条第（三）项",
            "withheld.process_information" or "withheld.law_enforcement_file" => "第十六条第二款、第三十六条第（三）项",
            "withheld.administrative_query" => "第三十六条第（六）项",
            "unable.not_held" => "第三十六条第（四）项、第（五）项",
            "unable.requires_creation" => "第三十八条",
            "unable.unclear_after_supplement" => "第三十条",
            "not_processed.petition_complaint" => "第三十九条第一款",
            "not_processed.duplicate" => "第三十六条第（七）项",
            "not_processed.publication" or "not_processed.confirm_or_reissue" => "第三十九条第二款",
            "not_processed.excessive_unreasonable" => "第三十五条",
            "other.supplement_overdue" => "第三十条",
            "other.fee_unpaid" => "第四十二条及《政府信息公开信息处理费管理办法》（国办函〔2020〕109号）",
            _ => "第三十六条",
        };
        return Regulation + articles;
    }

    /// <summary>The default text of the decision paragraph.</summary>
    public static string Body(ApplicationOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var basis = LegalBasis(outcome);
        return outcome.Code switch
        {
            "granted" => $"经审查，你申请获取的政府信息属于可以公开的政府信息。根据{basis}的规定，本机关决定予以公开，现将该信息随本答复书提供给你。",
            "partially_granted" => $"经审查，你申请获取的政府信息中含有不应当公开的内容，但能够作区分处理。根据{basis}的规定，本机关决定部分公开，将可以公开的部分随本答复书提供给你，不予公开的部分及理由如下：（请填写）。",
            "unable.not_held" => $"经检索，本机关未制作或获取你申请获取的政府信息，该政府信息不存在。根据{basis}的规定，特此告知。",
            "unable.requires_creation" => $"经审查，你申请获取的政府信息需要本机关对现有政府信息进行加工、分析，根据{basis}的规定，本机关不予提供。",
            "other.supplement_overdue" => $"本机关已于补正告知中要求你对申请内容作出补正，你无正当理由逾期未补正。根据{basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
            "other.fee_unpaid" => $"本机关已向你发出收费通知，你逾期未按通知要求缴纳信息处理费。根据{basis}的规定，视为放弃申请，本机关不再处理该政府信息公开申请。",
            _ when outcome.Category?.Code == "withheld" => $"经审查，你申请获取的政府信息属于“{Reason(outcome)}”的情形。根据{basis}的规定，本机关决定不予公开。",
            _ when outcome.Category?.Code == "not_processed" => $"经审查，你的申请属于“{Reason(outcome)}”的情形。根据{basis}的规定，本机关不予处理。",
            _ => $"根据{basis}的规定，现答复如下：（请填写）。",
        };
    }

    // "1.属于国家秘密" → "属于国家秘密": the label without its number.
    private static string Reason(ApplicationOutcome outcome) => outcome.Label[(outcome.Label.IndexOf('.', StringComparison.Ordinal) + 1)..];

    /// <summary>The opening paragraph: who applied for what, and when it was received.</summary>
    public static string Opening(DateOnly receivedOn, string description) =>
        $"本机关于{ReplyLetter.ChineseDate(receivedOn)}收到你（单位）提出的政府信息公开申请，申请获取“{description}”。现答复如下：";
}
