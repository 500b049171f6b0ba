using OpenGovInfo.Domain.Agencies;

namespace OpenGovInfo.Platform.Agencies;

/// <summary>A government agency (行政机关) that discloses information: the district government, a department, a township.</summary>
public sealed class Agency
{
    /// <summary>Longest agency name accepted.</summary>
    public const int NameMaxLength = 100;

    /// <summary>Longest guide or rules page accepted, in characters of HTML.</summary>
    public const int PageMaxLength = 20_000;

    private Agency()
    {
    }

    /// <summary>Creates an agency.</summary>
    public Agency(string name, AgencyKind kind, UnifiedSocialCreditCode creditCode, int? parentId, DateTimeOffset now)
    {
        Name = name;
        Kind = kind;
        CreditCode = creditCode.Value;
        ParentId = parentId;
        UpdatedAt = now;
    }

    /// <summary>Database identity.</summary>
    public int Id { get; private set; }

    /// <summary>Full official name, e.g. 平桥区科学技术和工业信息化局.</summary>
    public string Name { get; private set; } = string.Empty;

    /// <summary>Position in the hierarchy.</summary>
    public AgencyKind Kind { get; private set; }

    /// <summary>统一社会信用代码, validated by <see cref="UnifiedSocialCreditCode"/>.</summary>
    public string CreditCode { get; private set; } = string.Empty;

    /// <summary>The government this agency belongs to; null for the district government.</summary>
    public int? ParentId { get; private set; }

    /// <summary>政府信息公开指南 (sanitised HTML).</summary>
    public string GuideHtml { get; private set; } = string.Empty;

    /// <summary>政府信息公开制度 (sanitised HTML).</summary>
    public string RulesHtml { get; private set; } = string.Empty;

    /// <summary>Last change (UTC).</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Replaces the guide and rules; the caller has sanitised them.</summary>
    public void SetDisclosurePages(string guideHtml, string rulesHtml, DateTimeOffset now)
    {
        GuideHtml = guideHtml;
        RulesHtml = rulesHtml;
        UpdatedAt = now;
    }

    /// <summary>Renames the agency or corrects its credit code.</summary>
    public void SetProfile(string name, UnifiedSocialCreditCode creditCode, DateTimeOffset now)
    {
        Name = name;
        CreditCode = creditCode.Value;
        UpdatedAt = now;
    }
}
