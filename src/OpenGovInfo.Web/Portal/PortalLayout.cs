using System.Text;
using System.Text.Encodings.Web;
using OpenGovInfo.Web.Hosting;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// The public pages' layout (header, navigation, footer) as three fixed fragments around the title and the body,
/// built once at start-up (the stylesheet's hashed URL included). <c>Pages/Shared/_Layout.cshtml</c> prints them and
/// the lean item and list pages (<see cref="PortalPageEndpoints"/>) write their UTF-8 bytes, so every public page has
/// one layout. Nothing in it depends on the request or on who is signed in; the site's name and footer come from
/// configuration (<see cref="SiteOptions"/>).
/// </summary>
public sealed class PortalLayout
{
    /// <summary>Creates the fragments; <paramref name="assets"/> hashes the stylesheet once.</summary>
    public PortalLayout(AssetUrls assets, HtmlEncoder encoder, SiteOptions site)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(encoder);
        ArgumentNullException.ThrowIfNull(site);
        var name = encoder.Encode(site.Name);
        BeforeTitle = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <title>
            """;
        AfterTitle = $"""
             - {name}</title>
                <link rel="stylesheet" href="{encoder.Encode(assets.For("/css/site.css"))}" />
                <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
            </head>
            <body>
                <a class="skip-link" href="#main">跳到主要内容</a>
                <header class="site-header">
                    <div class="container header-inner">
                        <a class="brand" href="/"><span class="emblem" aria-hidden="true">公</span>{name}</a>
                        <nav aria-label="主导航">
                            <ul class="nav">
                                <li><a href="/">首页</a></li>
                                <li><a href="/#agencies">机关目录</a></li>
                                <li><a href="/search">搜索</a></li>
                                <li><a href="/apply">申请公开</a></li>
                                <li><a href="/apply/track">进度查询</a></li>
                                <li><a href="/staff">工作人员登录</a></li>
                            </ul>
                        </nav>
                    </div>
                </header>
                <main id="main" class="container" tabindex="-1">
            """ + "\n        ";
        End = """

                </main>
                <footer class="site-footer">
                    <div class="container">

            """ + Footer(site, encoder) + """
                        <p>依据《中华人民共和国政府信息公开条例》提供政府信息公开服务。</p>
                        <p class="footer-links"><a href="/developers">开发者：开放接口</a> · <a href="/feed.atom">订阅（Atom）</a> · <a href="/sitemap.xml">网站地图</a></p>
                        <p>OpenGovInfo 开源政府信息公开平台</p>
                    </div>
                </footer>
            </body>
            </html>
            """;
        BeforeTitleUtf8 = Encoding.UTF8.GetBytes(BeforeTitle);
        AfterTitleUtf8 = Encoding.UTF8.GetBytes(AfterTitle);
        // _Layout.cshtml's own last line break ends the Razor pages' documents; the lean pages write it here.
        EndUtf8 = Encoding.UTF8.GetBytes(End + "\n");
    }

    /// <summary>The configured lines of the footer (主办单位; 网站标识码, ICP 备案号, 公安机关备案号), each left out when empty.</summary>
    private static string Footer(SiteOptions site, HtmlEncoder encoder)
    {
        var lines = new StringBuilder();
        if (site.Organizer is { } organizer)
        {
            lines.Append("            <p>主办单位：").Append(encoder.Encode(organizer)).Append("</p>\n");
        }

        var marks = new List<string>();
        if (site.SiteCode is { } code)
        {
            marks.Add("<span>网站标识码：" + encoder.Encode(code) + "</span>");
        }

        if (site.IcpNumber is { } icp)
        {
            marks.Add($"<a href=\"{SiteOptions.IcpUrl}\" rel=\"noopener\">{encoder.Encode(icp)}</a>");
        }

        if (site.PublicSecurityNumber is { } police)
        {
            marks.Add(site.PublicSecurityUrl is { } url
                ? $"<a href=\"{encoder.Encode(url)}\" rel=\"noopener\">{encoder.Encode(police)}</a>"
                : "<span>" + encoder.Encode(police) + "</span>");
        }

        if (marks.Count > 0)
        {
            lines.Append("            <p class=\"site-marks\">").AppendJoin(" ", marks).Append("</p>\n");
        }

        return lines.ToString();
    }

    /// <summary>From the doctype to the opening title tag.</summary>
    public string BeforeTitle { get; }

    /// <summary>From the site name after the page title to where the page body starts.</summary>
    public string AfterTitle { get; }

    /// <summary>From the end of the page body to <c>&lt;/html&gt;</c> (without the final line break).</summary>
    public string End { get; }

    internal byte[] BeforeTitleUtf8 { get; }

    internal byte[] AfterTitleUtf8 { get; }

    internal byte[] EndUtf8 { get; }
}
