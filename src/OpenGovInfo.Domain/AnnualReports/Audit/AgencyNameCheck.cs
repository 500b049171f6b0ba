using System.Text.RegularExpressions;

namespace OpenGovInfo.Domain.AnnualReports.Audit;

/// <summary>
/// E4: the body named in the title, in the text ("本机关/我局" aside, the first full name the overview uses) and in
/// the 落款 is one body. An abbreviation in the title (工信局 for 平桥区科学技术和工业信息化局) is consistent but noted.
/// </summary>
public sealed partial class AgencyNameCheck : IAuditCheck
{
    private const int SignatureLines = 6;

    /// <inheritdoc />
    public void Check(PublishedReport report, AuditContext context, ICollection<AuditFinding> findings)
    {
        if (report.Agency is not { } title || report.Text.Lines.Count == 0)
        {
            return;
        }

        var names = new List<(string Where, string Name, Evidence Evidence)>();
        if (SectionText.Of(report, 1) is { } overview && BodyName().Match(overview) is { Success: true } body)
        {
            names.Add(("正文", body.Groups["name"].Value, report.Text.Quote(body.Groups["name"].Value)));
        }

        var signature = report.Text.Lines.Where(l => l.Key.Length > 0).Reverse().Take(SignatureLines)
            .FirstOrDefault(l => l.Key.Length <= 30 && SignatureName().IsMatch(l.Key));
        if (signature is not null)
        {
            names.Add(("落款", signature.Key, new Evidence(Page: signature.Page, Line: signature.Number, Excerpt: signature.Text.Trim())));
        }

        var titleEvidence = report.Text.Quote(title);
        foreach (var (where, name, evidence) in names)
        {
            if (!AgencyNames.Compatible(title, name))
            {
                findings.Add(new AuditFinding("E4", AuditSeverity.Warning, "agency:" + where,
                    $"标题中的机关为“{title}”，{where}为“{name}”，名称不一致", [titleEvidence, evidence]));
            }
            else if (!AgencyNames.Same(title, name) && AgencyNames.Key(title).Length < AgencyNames.Key(name).Length
                     && !AgencyNames.Key(name).Contains(AgencyNames.Key(title), StringComparison.Ordinal))
            {
                findings.Add(new AuditFinding("E4", AuditSeverity.Info, "agency.abbreviated",
                    $"标题使用简称“{title}”，{where}为全称“{name}”", [titleEvidence, evidence]));
            }
        }
    }

    /// <summary>A full body name opening a sentence: ends in a typical body suffix.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d\d年度?,?)?(?<name>[\p{IsCJKUnifiedIdeographs}]{4,30}?(?:人民政府办公室|人民政府|管理委员会|委员会|办公室|局|委|办|厅|署|中心|办事处))(?=依据|根据|按照|认真|严格|坚持|高度|深入|全面|以|在|紧紧|始终|围绕|持续|进一步|政府信息公开|政务公开|共|全年|主动|,)", RegexOptions.CultureInvariant)]
    private static partial Regex BodyName();

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}()（）]{3,30}(?:人民政府办公室|人民政府|管理委员会|委员会|办公室|局|委|办|厅|署|中心|办事处)$", RegexOptions.CultureInvariant)]
    private static partial Regex SignatureName();
}
