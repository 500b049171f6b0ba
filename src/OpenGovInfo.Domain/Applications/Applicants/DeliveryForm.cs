namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>How the applicant wants the information (条例 第二十九条、第四十条).</summary>
public enum DeliveryForm
{
    /// <summary>纸质.</summary>
    Paper = 1,

    /// <summary>电子邮件.</summary>
    Email = 2,

    /// <summary>在线查阅下载（本平台）.</summary>
    Online = 3,

    /// <summary>光盘.</summary>
    Disc = 4,
}

/// <summary>Names and codes of <see cref="DeliveryForm"/>.</summary>
public static class DeliveryForms
{
    /// <summary>Every form.</summary>
    public static IReadOnlyList<DeliveryForm> All { get; } = Enum.GetValues<DeliveryForm>();

    /// <summary>The Chinese name.</summary>
    public static string Name(this DeliveryForm form) => form switch
    {
        DeliveryForm.Paper => "纸质",
        DeliveryForm.Email => "电子邮件",
        DeliveryForm.Online => "在线查阅下载",
        _ => "光盘",
    };

    /// <summary>The API code.</summary>
    public static string Code(this DeliveryForm form) => form switch
    {
        DeliveryForm.Paper => "paper",
        DeliveryForm.Email => "email",
        DeliveryForm.Online => "online",
        _ => "disc",
    };

    /// <summary>The form for an API code or a name, or null.</summary>
    public static DeliveryForm? Parse(string? text) =>
        All.Where(f => string.Equals(f.Code(), text, StringComparison.OrdinalIgnoreCase) || f.Name() == text)
            .Cast<DeliveryForm?>().FirstOrDefault();
}
