using OpenGovInfo.Platform.PersonalData;

namespace OpenGovInfo.Web.Hosting;

/// <summary>Production never runs on the published development key of personal data at rest.</summary>
public static class PersonalDataKeyPolicy
{
    /// <summary>Throws, with what to configure, when <paramref name="environment"/> is Production and no key is set.</summary>
    public static void Check(IHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsProduction() && PersonalDataOptions.From(configuration).IsDevelopmentKey)
        {
            throw new InvalidOperationException(
                "生产环境必须配置申请人个人信息的加密密钥，拒绝启动：请通过环境变量或密钥管理服务设置 " +
                "PersonalData__Keys__<编号>（base64，SM4 为 16 字节）、PersonalData__CurrentKey=<编号> 和 PersonalData__HashKey（base64，至少 16 字节）。" +
                " (Production refuses to start without PersonalData:CurrentKey, PersonalData:Keys:{id} and PersonalData:HashKey; see docs/decisions/0021.)");
        }
    }
}
