using System.ComponentModel.DataAnnotations;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Accounts;

/// <summary>The 开通账号 form; the use case checks the rest (roles the admin may grant, agency).</summary>
public sealed class NewAccountInput
{
    /// <summary>账号 (sign-in name).</summary>
    [Required(ErrorMessage = "请输入账号。")]
    [StringLength(64, ErrorMessage = "账号不能超过 {1} 个字符。")]
    [Display(Name = "账号")]
    public string? UserName { get; set; }

    /// <summary>姓名.</summary>
    [Required(ErrorMessage = "请输入姓名。")]
    [StringLength(50, ErrorMessage = "姓名不能超过 {1} 个字符。")]
    [Display(Name = "姓名")]
    public string? DisplayName { get; set; }

    /// <summary>所属机关.</summary>
    [Display(Name = "所属机关")]
    public int AgencyId { get; set; }

    /// <summary>角色 (one or more).</summary>
    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];
}
