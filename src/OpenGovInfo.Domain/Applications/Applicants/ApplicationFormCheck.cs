using System.Text.RegularExpressions;
using OpenGovInfo.Domain.Agencies;

namespace OpenGovInfo.Domain.Applications.Applicants;

/// <summary>
/// The checks on an application form (条例 第二十九条: 申请人的姓名或者名称、身份证明、联系方式; the information
/// requested; the form of provision). All errors are returned at once, each naming its field, in Chinese.
/// </summary>
public static partial class ApplicationFormCheck
{
    /// <summary>Longest name or 名称 accepted.</summary>
    public const int MaxNameLength = 100;

    /// <summary>Longest description accepted (a description, not a document).</summary>
    public const int MaxDescriptionLength = 2000;

    /// <summary>Longest address accepted.</summary>
    public const int MaxAddressLength = 200;

    /// <summary>Checks <paramref name="form"/>; on success the checked application, otherwise every error.</summary>
    public static (CheckedApplication? Application, IReadOnlyList<FieldError> Errors) Check(ApplicationForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        var errors = new List<FieldError>();
        var kind = form.Kind?.Trim().ToLowerInvariant() switch
        {
            "natural" or "自然人" => "natural",
            "organisation" or "organization" or "法人或其他组织" => "organisation",
            _ => null,
        };
        if (kind is null)
        {
            errors.Add(new("applicant.kind", "请选择申请人类型：自然人或法人或其他组织。"));
        }

        var name = Text(form.Name, "applicant.name", kind == "organisation" ? "名称" : "姓名", MaxNameLength, required: true, errors);
        var phone = Phone(form.Phone, errors);
        var email = Email(form.Email, errors);
        var delivery = DeliveryForms.Parse(form.DeliveryForm?.Trim());
        if (delivery is null)
        {
            errors.Add(new("deliveryForm", "请选择获取信息的方式：纸质、电子邮件、在线查阅下载或光盘。"));
        }
        else if (delivery == DeliveryForm.Email && email is null && !errors.Exists(e => e.Field == "applicant.email"))
        {
            errors.Add(new("applicant.email", "选择以电子邮件获取信息时，须填写电子邮箱。"));
        }

        var postal = delivery is DeliveryForm.Paper or DeliveryForm.Disc;
        var address = Text(form.Address, "applicant.address", "通信地址", MaxAddressLength, required: postal, errors,
            missing: "选择纸质或光盘方式时，须填写通信地址。");
        var description = Text(form.Description, "description", "所需信息的描述", MaxDescriptionLength, required: true, errors,
            missing: "请填写所需政府信息的名称、文号或者便于查询的其他特征性描述。");

        ApplicantDetails? applicant = null;
        if (kind == "natural")
        {
            var (type, number) = Identity(form.IdType, form.IdNumber, errors);
            // Required texts are null only with an error added: the patterns tell the compiler so.
            if (errors.Count == 0 && name is not null && phone is not null)
            {
                applicant = new(ApplicantKind.NaturalPerson, name, type, number, null, null, null, phone, email, address);
            }
        }
        else if (kind == "organisation")
        {
            var type = OrganisationKind(form.OrganisationType);
            if (type is null)
            {
                errors.Add(new("applicant.organisationType", "请选择单位类型：商业企业、科研机构、社会公益组织、法律服务机构或其他。"));
            }

            string? code = null;
            if (string.IsNullOrWhiteSpace(form.CreditCode))
            {
                errors.Add(new("applicant.creditCode", "请填写统一社会信用代码。"));
            }
            else if (!UnifiedSocialCreditCode.TryParse(ApplicantText.Compact(form.CreditCode), out var parsed, out var codeError))
            {
                errors.Add(new("applicant.creditCode", codeError));
            }
            else
            {
                code = parsed.Value;
            }

            var representative = Text(form.LegalRepresentative, "applicant.legalRepresentative", "法定代表人或者负责人", MaxNameLength, required: true, errors);
            var contact = Text(form.ContactName, "applicant.contactName", "联系人", MaxNameLength, required: true, errors);
            if (errors.Count == 0 && type is { } organisation && name is not null && phone is not null)
            {
                applicant = new(organisation, name, null, null, code, representative, contact, phone, email, address);
            }
        }

        return errors.Count == 0 && applicant is not null && description is not null && delivery is { } deliveryForm
            ? (new CheckedApplication(applicant, description, deliveryForm), errors)
            : (null, errors);
    }

    /// <summary>The applicant kind of an organisation type name or column code (商业企业 … 其他), or null.</summary>
    public static ApplicantKind? OrganisationKind(string? text)
    {
        var value = ApplicantText.Clean(text);
        foreach (var kind in Enum.GetValues<ApplicantKind>())
        {
            var column = ApplicantKinds.Column(kind);
            if (column.IsOrganisation && (column.Label == value || string.Equals(column.Code, value, StringComparison.OrdinalIgnoreCase)))
            {
                return kind;
            }
        }

        return value is "其他组织" ? ApplicantKind.OtherOrg : null;
    }

    private static (IdDocumentType? Type, string? Number) Identity(string? typeText, string? numberText, List<FieldError> errors)
    {
        var type = IdDocumentTypes.Parse(typeText?.Trim());
        if (type is null)
        {
            errors.Add(new("applicant.idType", "请选择身份证件类型。"));
        }

        if (string.IsNullOrWhiteSpace(numberText))
        {
            errors.Add(new("applicant.idNumber", "请填写身份证件号码。"));
            return (type, null);
        }

        if (type == IdDocumentType.ResidentIdCard)
        {
            if (!ResidentIdNumber.TryParse(numberText, out var id, out var error))
            {
                errors.Add(new("applicant.idNumber", error));
                return (type, null);
            }

            return (type, id.Value);
        }

        var number = ApplicantText.Compact(numberText).ToUpperInvariant();
        if (!DocumentNumber().IsMatch(number))
        {
            errors.Add(new("applicant.idNumber", "证件号码应为 5–30 位字母或数字。"));
            return (type, null);
        }

        return (type, number);
    }

    private static string? Phone(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(new("applicant.phone", "请填写联系电话。"));
            return null;
        }

        var phone = ApplicantText.Compact(text).Replace("(", string.Empty, StringComparison.Ordinal).Replace(")", string.Empty, StringComparison.Ordinal);
        if (!PhoneNumber().IsMatch(phone))
        {
            errors.Add(new("applicant.phone", "联系电话格式不正确（手机号 11 位，或带区号的固定电话）。"));
            return null;
        }

        return phone;
    }

    private static string? Email(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var email = ApplicantText.Clean(text);
        if (email.Length > 254 || !EmailAddress().IsMatch(email))
        {
            errors.Add(new("applicant.email", "电子邮箱格式不正确。"));
            return null;
        }

        return email;
    }

    private static string? Text(string? text, string field, string label, int max, bool required, List<FieldError> errors, string? missing = null)
    {
        var value = ApplicantText.Clean(text);
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add(new(field, missing ?? $"请填写{label}。"));
            }

            return null;
        }

        if (value.Length > max)
        {
            errors.Add(new(field, $"{label}不能超过 {max} 个字（现有 {value.Length} 个）。"));
            return null;
        }

        if (value.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t'))
        {
            errors.Add(new(field, $"{label}含有不可见的控制字符，请删除后重试。"));
            return null;
        }

        // Output is always encoded; markup is still refused so that what staff read is what the applicant typed.
        if (Markup().IsMatch(value))
        {
            errors.Add(new(field, $"{label}中请勿输入 HTML 标签或脚本（如“<script>”）。"));
            return null;
        }

        return value;
    }

    [GeneratedRegex(@"^[A-Z0-9]{5,30}$")]
    private static partial Regex DocumentNumber();

    // Mobile (1 + 10 digits, optional +86), or a landline with area code and optional extension.
    [GeneratedRegex(@"^(?:(?:\+?86)?1[3-9]\d{9}|0\d{2,3}\d{7,8}(?:[#*转]\d{1,6})?|\d{7,8})$")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")]
    private static partial Regex EmailAddress();

    [GeneratedRegex(@"<\s*[/!?a-zA-Z]")]
    private static partial Regex Markup();
}
