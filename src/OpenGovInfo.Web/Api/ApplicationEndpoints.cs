using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using OpenGovInfo.Domain.Applications.Applicants;
using OpenGovInfo.Platform.Applications;
using OpenGovInfo.Platform.Common;
using OpenGovInfo.Web.Applications;
using OpenGovInfo.Web.Security.HumanChecks;

namespace OpenGovInfo.Web.Api;

/// <summary>The applicant in <c>POST /api/v1/applications</c>.</summary>
/// <param name="Kind"><c>natural</c> or <c>organisation</c>.</param>
/// <param name="Name">姓名 / 名称.</param>
/// <param name="IdType">Natural person: <c>resident_id</c>, <c>passport</c>, <c>hk_macao_permit</c>, <c>taiwan_permit</c>, <c>foreign_permanent_resident</c>, <c>other</c>.</param>
/// <param name="IdNumber">Natural person: document number (居民身份证 checked by GB 11643).</param>
/// <param name="OrganisationType">Organisation: 商业企业 / 科研机构 / 社会公益组织 / 法律服务机构 / 其他.</param>
/// <param name="CreditCode">Organisation: 统一社会信用代码 (GB 32100 check character).</param>
/// <param name="LegalRepresentative">Organisation: 法定代表人或者负责人.</param>
/// <param name="ContactName">Organisation: 联系人.</param>
/// <param name="Phone">联系电话.</param>
/// <param name="Email">电子邮箱.</param>
/// <param name="Address">通信地址 (required for paper or disc).</param>
public sealed record ApplicantDto(string? Kind, string? Name, string? IdType, string? IdNumber, string? OrganisationType, string? CreditCode,
    string? LegalRepresentative, string? ContactName, string? Phone, string? Email, string? Address);

/// <summary><c>POST /api/v1/applications</c>.</summary>
/// <param name="AgencyId">The agency applied to.</param>
/// <param name="Applicant">The applicant.</param>
/// <param name="Description">所需政府信息的名称、文号或者便于查询的其他特征性描述.</param>
/// <param name="DeliveryForm"><c>paper</c>, <c>email</c>, <c>online</c> or <c>disc</c>.</param>
/// <param name="HumanCheckToken">When the installation asks a human check: the token from <c>GET /api/v1/applications/human-check</c>.</param>
/// <param name="HumanCheckAnswer">The answer to that question.</param>
public sealed record ApplicationRequestDto(int? AgencyId, ApplicantDto? Applicant, string? Description, string? DeliveryForm,
    string? HumanCheckToken = null, string? HumanCheckAnswer = null);

/// <summary>The human check's question (<c>GET /api/v1/applications/human-check</c>).</summary>
/// <param name="Prompt">The question, in Chinese.</param>
/// <param name="Token">Send back as <c>humanCheckToken</c> with the answer.</param>
public sealed record HumanCheckDto(string Prompt, string Token);

/// <summary>The answer to a submission: keep <see cref="AccessKey"/>, it is shown once.</summary>
/// <param name="TrackingCode">查询码.</param>
/// <param name="AccessKey">查询密码.</param>
/// <param name="ReceivedOn">收到申请之日, YYYY-MM-DD.</param>
/// <param name="ReplyDue">答复期限, YYYY-MM-DD.</param>
/// <param name="Provisional">The deadline is counted over a provisional calendar year (以国务院办公厅通知为准).</param>
public sealed record ApplicationReceiptDto(string TrackingCode, string AccessKey, string ReceivedOn, string? ReplyDue, bool Provisional);

/// <summary>One event of a case.</summary>
/// <param name="On">YYYY-MM-DD.</param>
/// <param name="What">The step in Chinese.</param>
public sealed record ApplicationEventDto(string On, string What);

/// <summary><c>GET /api/v1/applications/{trackingCode}</c>: status, dates and events, no identity data.</summary>
/// <param name="TrackingCode">查询码.</param>
/// <param name="Agency">The agency.</param>
/// <param name="Status">The status in Chinese.</param>
/// <param name="Closed">True once replied, withdrawn or abandoned.</param>
/// <param name="ReceivedOn">YYYY-MM-DD.</param>
/// <param name="ReplyDue">YYYY-MM-DD.</param>
/// <param name="Provisional">The deadline is provisional.</param>
/// <param name="Outcome">The outcome once replied.</param>
/// <param name="Events">The timeline.</param>
public sealed record ApplicationStatusDto(string TrackingCode, string Agency, string Status, bool Closed, string ReceivedOn, string? ReplyDue, bool Provisional,
    string? Outcome, IReadOnlyList<ApplicationEventDto> Events);

/// <summary><c>/api/v1/applications</c>: apply for information and follow the case (the contract scripts and provincial platforms use).</summary>
public static class ApplicationEndpoints
{
    /// <summary>Maps the endpoints on <paramref name="api"/>.</summary>
    public static RouteGroupBuilder MapApplications(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/applications").WithTags("依申请公开 Applications");
        group.MapPost("/", SubmitAsync).WithName("SubmitApplication").WithSummary("提交政府信息公开申请（匿名，限频）")
            .RequireRateLimiting(ApplicationRateLimits.Submission).DisableAntiforgery();
        group.MapGet("/human-check", HumanCheck).WithName("HumanCheck")
            .WithSummary("获取提交申请前须回答的验证问题（本站未启用时返回 204）").RequireRateLimiting(ApplicationRateLimits.Tracking);
        group.MapGet("/{trackingCode}", TrackAsync).WithName("TrackApplication").WithSummary("凭查询码和查询密码查询办理进度")
            .RequireRateLimiting(ApplicationRateLimits.Tracking);
        return api;
    }

    private static Results<Ok<HumanCheckDto>, NoContent> HumanCheck(IHumanCheck check, HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        return check.Ask() is { } question ? TypedResults.Ok(new HumanCheckDto(question.Prompt, question.Token)) : TypedResults.NoContent();
    }

    private static async Task<Results<Created<ApplicationReceiptDto>, ProblemHttpResult>> SubmitAsync(
        [FromBody] ApplicationRequestDto? request, SubmitApplication submit, IHumanCheck check, CancellationToken cancellationToken)
    {
        if (request is null)
        {
            return Invalid(new Dictionary<string, string[]> { ["body"] = ["请求正文应为 JSON 对象。"] });
        }

        if (!check.Verify(request.HumanCheckToken, request.HumanCheckAnswer))
        {
            return Invalid(new Dictionary<string, string[]> { ["humanCheckAnswer"] = [HumanCheckMessages.Wrong] });
        }

        var a = request.Applicant;
        var form = new ApplicationForm
        {
            Kind = a?.Kind, Name = a?.Name, IdType = a?.IdType, IdNumber = a?.IdNumber, OrganisationType = a?.OrganisationType,
            CreditCode = a?.CreditCode, LegalRepresentative = a?.LegalRepresentative, ContactName = a?.ContactName,
            Phone = a?.Phone, Email = a?.Email, Address = a?.Address, Description = request.Description, DeliveryForm = request.DeliveryForm,
        };
        var result = await submit.RunAsync(request.AgencyId ?? 0, form, Arrival.Online, [], null, CaseActor.Applicant, cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Errors.FirstOrDefault(e => e.Code == ErrorCodes.TooMany) is { } tooMany)
            {
                // The applicant's daily limit, not a fault in the request: 429, as the per-address limit answers.
                return TypedResults.Problem(tooMany.Message, statusCode: StatusCodes.Status429TooManyRequests, title: "提交过于频繁");
            }

            return Invalid(result.Errors.GroupBy(e => e.Field ?? "body").ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));
        }

        var value = result.Value;
        return TypedResults.Created($"/api/v1/applications/{value.TrackingCode}",
            new ApplicationReceiptDto(value.TrackingCode, value.AccessKey, Iso(value.ReceivedOn), value.ReplyDue is { } due ? Iso(due) : null, value.Provisional));
    }

    private static async Task<Results<Ok<ApplicationStatusDto>, ProblemHttpResult>> TrackAsync(
        string trackingCode, string? key, TrackApplication track, HttpContext context, CancellationToken cancellationToken)
    {
        var tracked = await track.RunAsync(trackingCode, key, cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        if (tracked is null)
        {
            // The same answer for an unknown code, a wrong key and a missing key.
            return TypedResults.Problem("未找到该申请，请核对查询码和查询密码。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }

        return TypedResults.Ok(new ApplicationStatusDto(tracked.TrackingCode, tracked.AgencyName, tracked.Status, tracked.IsClosed, Iso(tracked.ReceivedOn),
            tracked.ReplyDue is { } due ? Iso(due) : null, tracked.Provisional, tracked.Outcome,
            [.. tracked.Events.Select(e => new ApplicationEventDto(Iso(e.On), e.What))]));
    }

    private static ProblemHttpResult Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.Problem(new ValidationProblemDetails(errors) { Title = "申请内容有误，未提交", Status = StatusCodes.Status400BadRequest, Detail = errors.Values.First()[0] });

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
