using System.ComponentModel.DataAnnotations;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>Name and credit code; the check character is verified by the use case (GB 32100-2015).</summary>
public sealed class ProfileInput
{
    /// <summary>机关名称.</summary>
    [Required(ErrorMessage = "请输入机关名称。")]
    [StringLength(Agency.NameMaxLength, ErrorMessage = "机关名称不能超过 {1} 个字符。")]
    [Display(Name = "机关名称")]
    public string? Name { get; set; }

    /// <summary>统一社会信用代码.</summary>
    [Required(ErrorMessage = "请输入统一社会信用代码。")]
    [StringLength(32, ErrorMessage = "统一社会信用代码应为 18 位。")]
    [Display(Name = "统一社会信用代码")]
    public string? CreditCode { get; set; }
}
