using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies.Items;

/// <summary>
/// The 导入正文 button of the item form (new and edit): the .docx posts with everything else typed in the form, its
/// body replaces the form's body, and the page comes back unsaved, so nothing typed is lost and the editor checks the
/// import before saving. A refused file leaves the form exactly as posted, with the reason.
/// </summary>
internal static class BodyImport
{
    /// <summary>The value of the submit button that imports instead of saving.</summary>
    public const string ButtonValue = "docx";

    /// <summary>The form field of the file.</summary>
    public const string FileField = "BodyDocx";

    /// <summary>ViewData key of the “imported, please check” notice.</summary>
    public const string NoticeKey = "BodyImportNotice";

    /// <summary>Largest request on the item form: a Word file up to the attachment limit plus the other fields.</summary>
    public const long RequestLimit = AttachmentsModel.UploadLimit;

    /// <summary>Imports <paramref name="file"/> into <paramref name="form"/>, or adds the error to the page.</summary>
    public static async Task RunAsync(PageModel page, ImportDocxBody import, IFormFile? file, ItemForm form, CancellationToken cancellationToken)
    {
        // The other fields are not validated yet: they are only being carried back into the form.
        page.ModelState.Clear();
        if (file is null || file.Length == 0)
        {
            page.ModelState.AddModelError(FileField, "请先选择要导入的 Word 文件（.docx）。");
            return;
        }

        await using var stream = file.OpenReadStream();
        var result = await import.RunAsync(file.FileName, file.ContentType, stream, cancellationToken);
        if (!result.IsSuccess)
        {
            page.ModelState.AddErrors(result.Errors, string.Empty);
            return;
        }

        form.BodyHtml = result.Value;
        page.ViewData[NoticeKey] = $"已从“{Path.GetFileName(file.FileName)}”导入正文，尚未保存：请检查后点击保存。";
    }
}
