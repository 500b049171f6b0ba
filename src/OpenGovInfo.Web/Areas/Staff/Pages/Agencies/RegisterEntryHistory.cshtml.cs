using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>
/// One register row with its history, and its 更正 and 撤回 forms (each with a required reason). Reading follows the
/// agency rule (folder convention); changing needs 信息员 or 机关管理员 of the agency, decided by the use cases'
/// <see cref="RegisterActor"/> rule, which this page also asks to show or hide the forms.
/// </summary>
public sealed class RegisterEntryHistoryModel(GetRegisterEntry getEntry, CorrectRegisterEntry correct, WithdrawRegisterEntry withdraw) : PageModel
{
    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>The register in the route.</summary>
    [FromRoute]
    public RegisterKind Kind { get; set; }

    /// <summary>The row in the route.</summary>
    [FromRoute]
    public int EntryId { get; set; }

    /// <summary>The corrected fields.</summary>
    [BindProperty]
    public RegisterEntryForm Form { get; set; } = new();

    /// <summary>更正理由.</summary>
    [BindProperty]
    public string? CorrectionReason { get; set; }

    /// <summary>撤回理由.</summary>
    [BindProperty]
    public string? WithdrawalReason { get; set; }

    /// <summary>"corrected" or "withdrawn" after a successful action.</summary>
    [FromQuery(Name = "done")]
    public string? Done { get; set; }

    /// <summary>The row.</summary>
    public RegisterEntryView? Entry { get; private set; }

    /// <summary>True when the user may correct or withdraw the agency's rows.</summary>
    public bool CanChange => RegisterActor.From(User).MayChange(AgencyId);

    /// <summary>The first error of a form field, or null.</summary>
    public string? ErrorOf(string field) =>
        ModelState.TryGetValue($"{nameof(Form)}.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>The first error of a page property (the reasons), or null.</summary>
    public string? PropertyError(string name) =>
        ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>Shows the row, its history and, for those who may, the forms filled with its values.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        Form = RegisterEntryForm.FromCells(Kind, Entry!.Cells); // !: LoadAsync returned true, so it set Entry.
        return Page();
    }

    /// <summary>更正: validated with the register rules; nothing saved on any error.</summary>
    public async Task<IActionResult> OnPostCorrectAsync(CancellationToken cancellationToken)
    {
        if (!CanChange)
        {
            return Forbid();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await correct.RunAsync(AgencyId, Kind, EntryId, Form.Cells(Kind), CorrectionReason, RegisterActor.From(User), cancellationToken);
        return await OutcomeAsync(result, nameof(CorrectionReason), "corrected", cancellationToken);
    }

    /// <summary>撤回: with a reason; the row leaves the public register.</summary>
    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        if (!CanChange)
        {
            return Forbid();
        }

        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        // Only the reason is this form's: the correction fields were not posted and are shown from the row again.
        ModelState.Clear();
        Form = RegisterEntryForm.FromCells(Kind, Entry!.Cells); // !: LoadAsync returned true, so it set Entry.
        var result = await withdraw.RunAsync(AgencyId, Kind, EntryId, WithdrawalReason, RegisterActor.From(User), cancellationToken);
        return await OutcomeAsync(result, nameof(WithdrawalReason), "withdrawn", cancellationToken);
    }

    private async Task<IActionResult> OutcomeAsync(Result<int> result, string reasonField, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            return Redirect($"/staff/agencies/{AgencyId}/registers/{Kind.ToString().ToLowerInvariant()}/{EntryId}?done={done}");
        }

        if (result.Errors.Any(e => e.Code == ErrorCodes.Forbidden))
        {
            return Forbid();
        }

        foreach (var error in result.Errors)
        {
            var key = error.Field == "Reason" ? reasonField
                : RegisterEntryForm.FieldOf(Kind, error.Field) is { } field ? $"{nameof(Form)}.{field}" : string.Empty;
            ModelState.AddModelError(key, error.Message);
        }

        // The history may have changed since the page was loaded (another user's action): show it as it is now.
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (ModelState.GetFieldValidationState(nameof(Kind)) == ModelValidationState.Invalid || !Enum.IsDefined(Kind))
        {
            return false;
        }

        Entry = await getEntry.RunAsync(AgencyId, Kind, EntryId, cancellationToken);
        return Entry is not null;
    }
}
