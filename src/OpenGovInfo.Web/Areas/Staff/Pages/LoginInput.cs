using System.ComponentModel.DataAnnotations;

namespace OpenGovInfo.Web.Areas.Staff.Pages;

/// <summary>The sign-in form.</summary>
public sealed class LoginInput
{
    /// <summary>User name.</summary>
    [Required(ErrorMessage = "请输入用户名。")]
    [StringLength(64, ErrorMessage = "用户名不能超过 64 个字符。")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = string.Empty;

    /// <summary>Password.</summary>
    [Required(ErrorMessage = "请输入密码。")]
    [StringLength(128, ErrorMessage = "密码不能超过 128 个字符。")]
    [Display(Name = "密码")]
    public string Password { get; set; } = string.Empty;
}
