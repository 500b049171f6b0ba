using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;
using OpenGovInfo.Platform.Portal;
using OpenGovInfo.Platform.Publishing;
using OpenGovInfo.Web.Portal;

namespace OpenGovInfo.Web.Pages.Items;

/// <summary>A published item: metadata table (索引号, 发布机构, 生成日期, 文号, 有效性), body and attachments.</summary>
[OutputCache(PolicyName = PortalCache.Policy)]
public sealed class DetailsModel(PublicReads reads) : PageModel
{
    /// <summary>The item.</summary>
    public ItemDetails? Item { get; private set; }

    /// <summary>Loads the item; 404 unless published.</summary>
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Item = await reads.ItemAsync(id, cancellationToken);
        return Item is null ? NotFound() : Page();
    }
}
