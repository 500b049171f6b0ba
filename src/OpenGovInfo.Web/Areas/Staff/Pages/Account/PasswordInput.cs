using System.ComponentModel.DataAnnotations;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Account;

/// <summary>The change-password form; the strength rules are Identity's (the use case reports them).</summary>
public sealed class PasswordInput
{
    /// <summary>当前密码.</summary>
    [Required(ErrorMessage = "请输入当前密码。")]
    [DataType(DataType.Password)]
    [Display(Name = "当前密码")]
    public string? CurrentPassword { get; set; }

    /// <summary>新密码.</summary>
    [Required(ErrorMessage = "请输入新密码。")]
    [StringLength(128, ErrorMessage = "密码不能超过 {1} 个字符。")]
    [DataType(DataType.Password)]
    [Display(Name = "新密码")]
    public string? NewPassword { get; set; }

    /// <summary>确认新密码.</summary>
    [Required(ErrorMessage = "请再次输入新密码。")]
    [Compare(nameof(NewPassword), ErrorMessage = "两次输入的新密码不一致。")]
    [DataType(DataType.Password)]
    [Display(Name = "确认新密码")]
    public string? ConfirmPassword { get; set; }
}
