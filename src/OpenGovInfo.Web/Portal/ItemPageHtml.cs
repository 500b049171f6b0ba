using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// The body of the public item page (metadata table: 索引号, 信息类别, 发布机构, 生成日期, 文号, 有效性, 发布日期, 主题; title;
/// body; attachments), written without Razor: this page is what crawlers fetch across the whole catalogue.
/// </summary>
internal static class ItemPageHtml
{
    public static void Write(HtmlWriter html, ItemDetails item)
    {
        var s = item.Summary;
        html.Raw("<nav class=\"breadcrumb\" aria-label=\"当前位置\"><a href=\"/\">机关目录</a> › <a href=\"/agencies/"u8).Number(s.AgencyId)
            .Raw("\">"u8).Text(s.IssuingAgency).Raw("</a> › <a href=\"/agencies/"u8).Number(s.AgencyId)
            .Raw("/items\">法定主动公开内容</a></nav>\n<table class=\"metadata\">\n    <caption class=\"visually-hidden\">信息元数据</caption>\n    <tbody>\n"u8)
            .Raw("        <tr><th scope=\"row\">索引号</th><td>"u8).Text(s.IndexNumber)
            .Raw("</td><th scope=\"row\">信息类别</th><td>"u8).Text(s.CategoryName).Raw("</td></tr>\n"u8)
            .Raw("        <tr><th scope=\"row\">发布机构</th><td>"u8).Text(s.IssuingAgency)
            .Raw("</td><th scope=\"row\">生成日期</th><td>"u8).Date(s.FormedOn).Raw("</td></tr>\n"u8)
            .Raw("        <tr><th scope=\"row\">文号</th><td>"u8).Text(item.DocumentNumber ?? "无")
            .Raw("</td><th scope=\"row\">有效性</th><td>"u8).Text(PublishingNames.Of(item.Validity)).Raw("</td></tr>\n"u8)
            .Raw("        <tr><th scope=\"row\">发布日期</th><td>"u8).Date(s.PublishedOn)
            .Raw("</td><th scope=\"row\">主题</th><td>"u8).Text(s.Topic ?? "—").Raw("</td></tr>\n    </tbody>\n</table>\n<h1>"u8)
            .Text(s.Title).Raw("</h1>\n<div class=\"rich-text\">"u8)
            // Sanitised on save by RichTextSanitizer; printing it raw is safe.
            .RawHtml(item.BodyHtml).Raw("</div>\n"u8);
        if (item.Attachments.Count == 0)
        {
            return;
        }

        html.Raw("    <section class=\"panel\" aria-labelledby=\"attachments-title\">\n        <h2 id=\"attachments-title\">附件</h2>\n        <ul>\n"u8);
        foreach (var a in item.Attachments)
        {
            html.Raw("                <li><a href=\"/attachments/"u8).Text(a.StorageName).Raw("\" download>"u8).Text(a.DisplayName)
                .Raw("</a>（"u8).Number(a.Length / 1024 + 1).Raw(" KB）</li>\n"u8);
        }

        html.Raw("        </ul>\n    </section>\n"u8);
    }
}
