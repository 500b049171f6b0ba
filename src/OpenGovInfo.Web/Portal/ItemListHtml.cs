using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Portal;

namespace OpenGovInfo.Web.Portal;

/// <summary>
/// The body of an agency's public item list (filters, total, rows, pager), written without Razor. The category
/// options are fixed, so each is encoded once per process, selected and not.
/// </summary>
internal static class ItemListHtml
{
    // Encoded as the site's encoder does (WebServiceCollectionExtensions: every Unicode range printed as is).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly (string Code, byte[] Plain, byte[] Selected)[] Options = [.. InformationCategory.All.Select(c => (c.Code,
        Utf8($"            <option value=\"{Encoder.Encode(c.Code)}\">{Encoder.Encode(c.Name)}</option>\n"),
        Utf8($"            <option value=\"{Encoder.Encode(c.Code)}\" selected=\"selected\">{Encoder.Encode(c.Name)}</option>\n")))];

    public static void Write(HtmlWriter html, PublicItemList list, ItemListQuery query)
    {
        var pages = Math.Max(1, (list.Total + list.PageSize - 1) / list.PageSize);
        html.Raw("<nav class=\"breadcrumb\" aria-label=\"当前位置\"><a href=\"/\">机关目录</a> › <a href=\"/agencies/"u8).Number(list.AgencyId)
            .Raw("\">"u8).Text(list.AgencyName).Raw("</a> › <span>法定主动公开内容</span></nav>\n<h1>"u8).Text(list.AgencyName)
            .Raw(" 法定主动公开内容</h1>\n<form method=\"get\" class=\"filters\" role=\"search\" aria-label=\"筛选\">\n    <label for=\"category\">信息类别</label>\n    <select id=\"category\" name=\"category\">\n        <option value=\"\">全部</option>\n"u8);
        foreach (var (code, plain, selected) in Options)
        {
            html.Raw(query.Category == code ? selected : plain);
        }

        html.Raw("    </select>\n    <label for=\"year\">年份</label>\n    <input id=\"year\" name=\"year\" type=\"number\" min=\"2000\" max=\"2100\""u8);
        if (query.Year is { } year)
        {
            html.Raw(" value=\""u8).Number(year).Raw("\""u8);
        }

        html.Raw(" />\n    <label for=\"topic\">主题</label>\n    <input id=\"topic\" name=\"topic\""u8);
        if (query.Topic is { } topic)
        {
            html.Raw(" value=\""u8).Text(topic).Raw("\""u8);
        }

        html.Raw(" />\n    <button type=\"submit\" class=\"button\">筛选</button>\n</form>\n<p>共 "u8).Number(list.Total)
            .Raw(" 条</p>\n<table class=\"item-list\">\n    <thead><tr><th scope=\"col\">标题</th><th scope=\"col\">信息类别</th><th scope=\"col\">索引号</th><th scope=\"col\">发布日期</th></tr></thead>\n    <tbody>\n"u8);
        foreach (var i in list.Rows)
        {
            html.Raw("            <tr><td><a href=\"/items/"u8).Number(i.Id).Raw("\">"u8).Text(i.Title).Raw("</a></td><td>"u8).Text(i.CategoryName)
                .Raw("</td><td>"u8).Text(i.IndexNumber).Raw("</td><td>"u8).Date(i.PublishedOn).Raw("</td></tr>\n"u8);
        }

        html.Raw("    </tbody>\n</table>\n<nav class=\"pager\" aria-label=\"分页\">\n"u8);
        if (list.Page > 1)
        {
            html.Raw("        <a href=\""u8).Text(query.PageUrl(list.AgencyId, list.Page - 1)).Raw("\" rel=\"prev\">上一页</a>\n"u8);
        }

        html.Raw("    <span>第 "u8).Number(list.Page).Raw(" / "u8).Number(pages).Raw(" 页</span>\n"u8);
        if (list.Page < pages)
        {
            html.Raw("        <a href=\""u8).Text(query.PageUrl(list.AgencyId, list.Page + 1)).Raw("\" rel=\"next\">下一页</a>\n"u8);
        }

        html.Raw("</nav>\n<p><a href=\"/agencies/"u8).Number(list.AgencyId).Raw("/feed.atom\">订阅（Atom）</a></p>\n"u8);
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
