using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>
/// 逐条登记: enter one register record without a file. Reading follows the agency rule (folder convention); saving
/// needs 信息员 or 机关管理员 of the agency, as the import does.
/// </summary>
public sealed class RegisterEntryModel(AddRegisterEntry addEntry) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>Which register.</summary>
    [BindProperty(SupportsGet = true)]
    public RegisterKind Kind { get; set; }

    /// <summary>The fields.</summary>
    [BindProperty]
    public RegisterEntryForm Form { get; set; } = new();

    /// <summary>True after a successful save.</summary>
    [FromQuery(Name = "saved")]
    public bool Saved { get; set; }

    /// <summary>True when the user may save.</summary>
    public bool CanEnter => User.IsInRole(StaffRoleNames.Editor) || User.IsInRole(StaffRoleNames.AgencyAdmin);

    /// <summary>The first error of a form field, or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{nameof(Form)}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Shows the empty form.</summary>
    public void OnGet() => Kind = Enum.IsDefined(Kind) ? Kind : RegisterKind.Documents;

    /// <summary>Validates with the register rules and saves, or shows the errors (nothing saved).</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanEnter)
        {
            return Forbid();
        }

        if (ModelState.GetFieldValidationState(nameof(Kind)) == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            || !Enum.IsDefined(Kind))
        {
            ModelState.Remove(nameof(Kind));
            ModelState.AddModelError(nameof(Kind), "请选择登记簿。");
            Kind = RegisterKind.Documents;
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await addEntry.RunAsync(AgencyId, Kind, Form.Cells(Kind), cancellationToken);
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/registers/new?kind={Kind}&saved=true");
        }

        foreach (var error in result.Errors)
        {
            var field = RegisterEntryForm.FieldOf(Kind, error.Field);
            ModelState.AddModelError(field is null ? string.Empty : $"{nameof(Form)}.{field}", error.Message);
        }

        return Page();
    }
}
