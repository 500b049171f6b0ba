using Microsoft.AspNetCore.Http.HttpResults;
using OpenGovInfo.Platform.Agencies;

namespace OpenGovInfo.Web.Api;

/// <summary><c>/api/v1/agencies</c>: the public list of agencies and one agency with its guide and rules.</summary>
public static class AgencyEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapAgencies(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/agencies").WithTags("机关 Agencies");
        group.MapGet("/", ListAsync).WithName("ListAgencies").WithSummary("列出全部机关");
        group.MapGet("/{id:int}", GetAsync).WithName("GetAgency").WithSummary("机关详情（含公开指南、公开制度）");
        return api;
    }

    private static async Task<Ok<IReadOnlyList<AgencySummary>>> ListAsync(ListAgencies useCase, CancellationToken cancellationToken) =>
        TypedResults.Ok(await useCase.RunAsync(cancellationToken));

    private static async Task<Results<Ok<AgencyDetails>, ProblemHttpResult>> GetAsync(
        int id, GetAgency useCase, CancellationToken cancellationToken)
    {
        var result = await useCase.RunAsync(id, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(result.Value)
            : TypedResults.Problem(result.Errors[0].Message, statusCode: StatusCodes.Status404NotFound, title: "未找到");
    }
}
