using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Domain.Publishing.Registers;
using OpenGovInfo.Domain.Staff;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Web.Areas.Staff.Pages.Agencies;

/// <summary>
/// The 第二十条 registers of an agency and their CSV/XLSX import with a row-by-row report. Importing needs 信息员 or
/// 机关管理员 of the agency; reading follows the agency rule.
/// </summary>
[RequestSizeLimit(ImportLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportLimit)]
public sealed class RegistersModel(ListRegisters listRegisters, ImportRegister importRegister) : PageModel
{
    /// <summary>Largest import request (the reader's own limit is 10 MB).</summary>
    public const long ImportLimit = (10L * 1024 * 1024) + (64 * 1024);

    /// <summary>The agency in the route.</summary>
    [FromRoute]
    public int AgencyId { get; set; }

    /// <summary>Which register the file is for.</summary>
    [BindProperty]
    public RegisterKind Kind { get; set; }

    /// <summary>The file.</summary>
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The registers.</summary>
    public RegistersView? Registers { get; private set; }

    /// <summary>The last import's outcome.</summary>
    public RegisterImportReport? Report { get; private set; }

    /// <summary>True when the user may import.</summary>
    public bool CanImport => User.IsInRole(StaffRoleNames.Editor) || User.IsInRole(StaffRoleNames.AgencyAdmin);

    /// <summary>Loads the registers.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken) => Registers = await listRegisters.RunAsync(AgencyId, cancellationToken);

    /// <summary>Imports the file, all or nothing.</summary>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!CanImport)
        {
            return Forbid();
        }

        if (Upload is null)
        {
            Report = new RegisterImportReport(0, [new ImportIssue(0, string.Empty, "请选择 CSV 或 XLSX 文件。")]);
        }
        else
        {
            await using var stream = Upload.OpenReadStream();
            Report = (await importRegister.RunAsync(AgencyId, Kind, Upload.FileName, stream, cancellationToken)).Value;
        }

        Registers = await listRegisters.RunAsync(AgencyId, cancellationToken);
        return Page();
    }
}
