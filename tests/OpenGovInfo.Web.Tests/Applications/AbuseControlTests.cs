using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenGovInfo.Testing.Web;
using OpenGovInfo.Web.Tests.Infrastructure;

namespace OpenGovInfo.Web.Tests.Applications;

/// <summary>
/// Abuse controls beyond the per-address limit: one applicant's daily limit (API 429, the form's Chinese message) and
/// the pluggable human check (none by default; <c>Security:HumanCheck=arithmetic</c> on the form, the API and sign-in).
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class AbuseControlTests(WebApps apps)
{
    [Fact]
    public async Task An_applicant_over_the_daily_limit_gets_429_from_the_api_and_a_chinese_message_on_the_form()
    {
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), settings: new Dictionary<string, string>
        {
            ["Applications:SubmissionsPerApplicantPerDay"] = "2",
        });
        var client = StaffClient.Anonymous(app);
        var bureau = (await DemoIds.AgenciesAsync(client))["平桥区财政局"];
        var before = await ApplicationApiTests.CountAsync(app);
        var statuses = new List<HttpStatusCode>();
        string? detail = null;
        for (var i = 0; i < 3; i++)
        {
            using var response = await client.PostAsJsonAsync("/api/v1/applications", ApplicationApiTests.Body(bureau, description: $"限额测试第{i}号文件"));
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                detail = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("detail").GetString();
            }
        }

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests], statuses);
        Assert.Contains("24小时内在线提交的申请已达2件", detail, StringComparison.Ordinal);

        var form = await ApplyFormAsync(client);
        using var posted = await client.PostAsync("/apply", new FormUrlEncodedContent(form.Fields(bureau, "限额测试表单提交", ApplicationApiTests.IdNumber)));
        var page = await posted.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("已达2件", page, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"tracking-code\"", page, StringComparison.Ordinal);
        Assert.Equal(before + 2, await ApplicationApiTests.CountAsync(app));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task By_default_no_question_is_asked(string provider)
    {
        var client = StaffClient.Anonymous(apps.For(provider));
        Assert.DoesNotContain("HumanCheckAnswer", await client.GetStringAsync("/apply"), StringComparison.Ordinal);
        Assert.DoesNotContain("HumanCheckAnswer", await client.GetStringAsync("/staff/login"), StringComparison.Ordinal);
        using var question = await client.GetAsync("/api/v1/applications/human-check");
        Assert.Equal(HttpStatusCode.NoContent, question.StatusCode);
    }

    [Fact]
    public async Task With_the_arithmetic_check_a_wrong_or_reused_answer_stores_nothing_and_a_right_one_submits()
    {
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), settings: new Dictionary<string, string> { ["Security:HumanCheck"] = "arithmetic" });
        var client = StaffClient.Anonymous(app);
        var bureau = (await DemoIds.AgenciesAsync(client))["平桥区财政局"];
        var before = await ApplicationApiTests.CountAsync(app);

        // The form: a wrong answer is refused with the Chinese message and a new question; the right one submits.
        var form = await ApplyFormAsync(client);
        Assert.NotNull(form.Prompt);
        using (var wrong = await client.PostAsync("/apply", new FormUrlEncodedContent(form.Fields(bureau, "人机验证测试", "110105199003070017", answer: "99"))))
        {
            var page = await wrong.Content.ReadAsStringAsync();
            Assert.Contains("验证问题的答案不正确", page, StringComparison.Ordinal);
            Assert.Matches(PromptPattern(), page);
            Assert.Equal(before, await ApplicationApiTests.CountAsync(app));
        }

        form = await ApplyFormAsync(client);
        var fields = form.Fields(bureau, "人机验证测试", "110105199003070017", answer: Solve(form.Prompt!));
        using (var right = await client.PostAsync("/apply", new FormUrlEncodedContent(fields)))
        {
            Assert.Contains("id=\"tracking-code\"", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        // The solved question replayed with a new form (a new submission token) is refused.
        var again = await ApplyFormAsync(client);
        var replayed = again.Fields(bureau, "重放的答案", "110105199003070017", answer: fields["HumanCheckAnswer"]);
        replayed["HumanCheckToken"] = fields["HumanCheckToken"];
        using (var replay = await client.PostAsync("/apply", new FormUrlEncodedContent(replayed)))
        {
            Assert.Contains("验证问题的答案不正确", await replay.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(before + 1, await ApplicationApiTests.CountAsync(app));

        // The API: without an answer 400 naming the field; with the answer to a fresh question 201.
        using (var missing = await client.PostAsJsonAsync("/api/v1/applications", ApplicationApiTests.Body(bureau, description: "接口人机验证")))
        {
            Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
            Assert.Contains("humanCheckAnswer", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var question = JsonDocument.Parse(await client.GetStringAsync("/api/v1/applications/human-check")).RootElement;
        var body = JsonSerializer.SerializeToElement(ApplicationApiTests.Body(bureau, description: "接口人机验证"));
        var withAnswer = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(body)!;
        withAnswer["humanCheckToken"] = question.GetProperty("token");
        withAnswer["humanCheckAnswer"] = JsonSerializer.SerializeToElement(Solve(question.GetProperty("prompt").GetString()!));
        using (var answered = await client.PostAsJsonAsync("/api/v1/applications", withAnswer))
        {
            Assert.Equal(HttpStatusCode.Created, answered.StatusCode);
        }

        Assert.Equal(before + 2, await ApplicationApiTests.CountAsync(app));

        // Sign-in: the right password with a wrong answer does not sign in.
        var login = await client.GetStringAsync("/staff/login");
        using var refused = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = StaffClient.TokenOf(login), ["Input.UserName"] = "kgx.editor",
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword, ["HumanCheckToken"] = HiddenValue(login, "HumanCheckToken"), ["HumanCheckAnswer"] = "0",
        }));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("验证问题的答案不正确", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        login = await client.GetStringAsync("/staff/login");
        using var accepted = await client.PostAsync("/staff/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = StaffClient.TokenOf(login), ["Input.UserName"] = "kgx.editor",
            ["Input.Password"] = OgiWebFactory<Program>.DemoPassword, ["HumanCheckToken"] = HiddenValue(login, "HumanCheckToken"),
            ["HumanCheckAnswer"] = Solve(PromptPattern().Match(login).Groups[1].Value),
        }));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
    }

    private static async Task<ApplyForm> ApplyFormAsync(HttpClient client)
    {
        var html = await client.GetStringAsync("/apply");
        var prompt = PromptPattern().Match(html);
        return new ApplyForm(StaffClient.TokenOf(html), HiddenValue(html, "SubmissionToken"),
            prompt.Success ? HiddenValue(html, "HumanCheckToken") : null, prompt.Success ? prompt.Groups[1].Value : null);
    }

    private static string HiddenValue(string html, string name)
    {
        var match = Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"");
        Assert.True(match.Success, $"no {name} in the form");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    // 「七加五等于几？」 → "12".
    private static string Solve(string prompt)
    {
        const string numerals = "零一二三四五六七八九";
        var match = SumPattern().Match(prompt);
        Assert.True(match.Success, prompt);
        return (numerals.IndexOf(match.Groups[1].Value[0], StringComparison.Ordinal) + numerals.IndexOf(match.Groups[2].Value[0], StringComparison.Ordinal))
            .ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [GeneratedRegex("id=\"human-check-prompt\">([^<]+)<")]
    private static partial Regex PromptPattern();

    [GeneratedRegex("^(.)加(.)等于几")]
    private static partial Regex SumPattern();

    private sealed record ApplyForm(string Antiforgery, string SubmissionToken, string? HumanCheckToken, string? Prompt)
    {
        public Dictionary<string, string> Fields(int agencyId, string description, string idNumber, string? answer = null)
        {
            var fields = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Antiforgery, ["SubmissionToken"] = SubmissionToken, ["AgencyId"] = agencyId.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["Input.Kind"] = "natural", ["Input.Name"] = "张三丰", ["Input.IdType"] = "resident_id", ["Input.IdNumber"] = idNumber,
                ["Input.Phone"] = "13812345678", ["Input.Description"] = description, ["Input.DeliveryForm"] = "email", ["Input.Email"] = "zhang@example.cn",
            };
            if (HumanCheckToken is not null)
            {
                fields["HumanCheckToken"] = HumanCheckToken;
                fields["HumanCheckAnswer"] = answer ?? string.Empty;
            }

            return fields;
        }
    }
}
