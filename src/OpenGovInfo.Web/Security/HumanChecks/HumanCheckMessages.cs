namespace OpenGovInfo.Web.Security.HumanChecks;

/// <summary>What a person is told when the human check refuses a form (the same words on every form and the API).</summary>
public static class HumanCheckMessages
{
    /// <summary>A wrong, missing, expired or reused answer.</summary>
    public const string Wrong = "验证问题的答案不正确或已过期，请回答新的验证问题后重新提交。";
}
