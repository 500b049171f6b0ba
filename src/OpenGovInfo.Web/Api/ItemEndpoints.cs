using Microsoft.AspNetCore.Http.HttpResults;
using OpenGovInfo.Domain.Publishing;
using OpenGovInfo.Platform.Publishing;

namespace OpenGovInfo.Web.Api;

/// <summary>One published item in the API; <see cref="Category"/> is the Chinese name (e.g. 工作动态).</summary>
public sealed record ItemJson(int Id, int AgencyId, string Title, string Category, string CategoryCode, string? Topic,
    string? IndexNumber, string IssuingAgency, DateOnly FormedOn, DateOnly? PublishedOn);

/// <summary>A page of items and the total matching the filter.</summary>
public sealed record ItemListJson(IReadOnlyList<ItemJson> Items, int Total, int Page, int PageSize);

/// <summary><c>/api/v1/items</c>: published items with filters and paging; with <c>q</c>, the portal's search.</summary>
public static class ItemEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapItems(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/items").WithTags("主动公开信息 Items");
        group.MapGet("/", ListAsync).WithName("ListItems")
            .WithSummary("列出已发布的主动公开信息（按机关、年份、类别筛选，分页）；给出 q 时按关键词搜索，排序和结果与门户搜索页相同")
            .WithDescription("q：关键词（任意两个相邻汉字均可检索，整词匹配排在前面）。搜索最多统计 1000 条，total 为 1001 表示“1000 条以上”。q 不能与 topic 同时使用。");
        group.MapGet("/{id:int}", GetAsync).WithName("GetItem").WithSummary("一条已发布信息的元数据");
        return api;
    }

    private static async Task<Results<Ok<ItemListJson>, ProblemHttpResult>> ListAsync(ListItems useCase, SearchItems search,
        string? q, int? agency, int? year, string? category, string? topic, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        // category accepts the code (work_updates) or the Chinese name (工作动态).
        var code = category is null ? null
            : (InformationCategory.All.FirstOrDefault(c => c.Name == category) ?? InformationCategory.FromCode(category))?.Code ?? category;
        if (!string.IsNullOrWhiteSpace(q))
        {
            // The search index carries agency, year and category as facets (ADR 0006), not the free-text topic.
            if (!string.IsNullOrEmpty(topic))
            {
                return TypedResults.Problem("按关键词搜索时不能再按主题（topic）筛选。", statusCode: StatusCodes.Status400BadRequest, title: "参数无效");
            }

            var found = await search.RunAsync(q, new SearchFilter(agency, code, year, page ?? 1, pageSize ?? 20), cancellationToken);
            return TypedResults.Ok(new ItemListJson([.. found.Hits.Select(h => ToJson(h.Item))], found.Total, found.Page, found.PageSize));
        }

        var result = await useCase.RunAsync(new ItemFilter(agency, code, year, topic, page ?? 1, pageSize ?? 20), cancellationToken);
        return TypedResults.Ok(new ItemListJson([.. result.Items.Select(ToJson)], result.Total, result.Page, result.PageSize));
    }

    private static async Task<Results<Ok<ItemJson>, ProblemHttpResult>> GetAsync(int id, GetItem useCase, CancellationToken cancellationToken)
    {
        var result = await useCase.PublicAsync(id, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(ToJson(result.Value.Summary))
            : TypedResults.Problem(result.Errors[0].Message, statusCode: StatusCodes.Status404NotFound, title: "未找到");
    }

    private static ItemJson ToJson(ItemSummary s) =>
        new(s.Id, s.AgencyId, s.Title, s.CategoryName, s.CategoryCode, s.Topic, s.IndexNumber, s.IssuingAgency, s.FormedOn, s.PublishedOn);
}
