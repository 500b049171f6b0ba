using System.ComponentModel.DataAnnotations;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>The guide and rules form; the length limit repeats the use case's so the message comes early.</summary>
public sealed class GuideInput
{
    /// <summary>公开指南.</summary>
    [StringLength(Agency.PageMaxLength, ErrorMessage = "公开指南不能超过 {1} 个字符。")]
    [Display(Name = "政府信息公开指南")]
    public string? GuideHtml { get; set; }

    /// <summary>公开制度.</summary>
    [StringLength(Agency.PageMaxLength, ErrorMessage = "公开制度不能超过 {1} 个字符。")]
    [Display(Name = "政府信息公开制度")]
    public string? RulesHtml { get; set; }
}
