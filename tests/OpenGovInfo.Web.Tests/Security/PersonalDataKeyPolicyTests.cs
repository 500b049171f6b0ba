using OpenGovInfo.Testing.Web;

namespace OpenGovInfo.Web.Tests.Security;

/// <summary>Production never starts on the published development key of applicants' personal data.</summary>
public sealed class PersonalDataKeyPolicyTests
{
    [Fact]
    public async Task Production_without_a_configured_key_refuses_to_start_and_says_what_to_set()
    {
        var withoutKeys = new Dictionary<string, string>
        {
            ["PersonalData:Keys:" + OgiWebFactory<Program>.RunKeyId] = string.Empty,
            ["PersonalData:CurrentKey"] = string.Empty,
            ["PersonalData:HashKey"] = string.Empty,
        };
        await using var app = new OgiWebFactory<Program>(TestDatabase.Sqlite(), "Production", seedDemo: false, withoutKeys);

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        var message = string.Join(" ", Chain(error).Select(e => e.Message));
        Assert.Contains("生产环境必须配置申请人个人信息的加密密钥", message, StringComparison.Ordinal);
        Assert.Contains("PersonalData__CurrentKey", message, StringComparison.Ordinal);
    }

    private static IEnumerable<Exception> Chain(Exception error)
    {
        for (var e = (Exception?)error; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
