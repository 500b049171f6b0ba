using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using OpenGovInfo.Platform.Agencies;
using OpenGovInfo.Platform.Registers;

namespace OpenGovInfo.Web.Pages.Agencies;

/// <summary>An agency's public 第二十条 registers (anonymous), by year and page; parties who are persons are masked.</summary>
public sealed class RegistersModel(GetAgency getAgency, ListPublicRegisters listRegisters) : PageModel
{
    /// <summary>The agency.</summary>
    public AgencyDetails? Agency { get; private set; }

    /// <summary>The registers shown.</summary>
    public PublicRegisters? Registers { get; private set; }

    /// <summary>Loads the page; 404 when the agency is unknown.</summary>
    public async Task<IActionResult> OnGetAsync(int id, [FromQuery] int? year, [FromQuery] int page = 1, CancellationToken cancellationToken = default)
    {
        var agency = await getAgency.RunAsync(id, cancellationToken);
        if (!agency.IsSuccess)
        {
            return NotFound();
        }

        Agency = agency.Value;
        var validYear = year is >= 1949 and <= 9999 ? year : null;
        Registers = await listRegisters.RunAsync(id, validYear, page, cancellationToken);
        return Page();
    }

    /// <summary>The URL of a year and page.</summary>
    public string PageUrl(int? year, int page) =>
        // !: only the page calls it, and the page renders only after OnGetAsync found the agency.
        $"/agencies/{Agency!.Id}/registers" + (year is null ? (page > 1 ? $"?page={page}" : string.Empty) : $"?year={year}" + (page > 1 ? $"&page={page}" : string.Empty));
}
