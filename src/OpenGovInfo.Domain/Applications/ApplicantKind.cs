using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Applications;

/// <summary>The applicant's kind: one of the six applicant columns of annual-report Table 3 (申请人情况).</summary>
/// <remarks>The value is the column's print order; <see cref="ApplicantKinds.Column"/> gives the column itself.</remarks>
public enum ApplicantKind
{
    /// <summary>自然人.</summary>
    NaturalPerson = 1,

    /// <summary>法人或其他组织 — 商业企业.</summary>
    CommercialEnterprise = 2,

    /// <summary>法人或其他组织 — 科研机构.</summary>
    ResearchInstitution = 3,

    /// <summary>法人或其他组织 — 社会公益组织.</summary>
    PublicInterestOrg = 4,

    /// <summary>法人或其他组织 — 法律服务机构.</summary>
    LegalServiceOrg = 5,

    /// <summary>法人或其他组织 — 其他.</summary>
    OtherOrg = 6,
}

/// <summary>The annual-report columns behind <see cref="ApplicantKind"/> (codes and labels live once, in <see cref="TableLayouts"/>).</summary>
public static class ApplicantKinds
{
    /// <summary>The Table 3 column of <paramref name="kind"/>, e.g. <c>commercial_enterprise</c> / 商业企业.</summary>
    public static ApplicantColumn Column(ApplicantKind kind) =>
        Enum.IsDefined(kind) ? TableLayouts.Columns[(int)kind - 1] : throw new ArgumentOutOfRangeException(nameof(kind), kind, null);

    /// <summary>The kind for a column code, or null for <c>total</c> or an unknown code.</summary>
    public static ApplicantKind? FromCode(string code)
    {
        for (var i = 0; i < TableLayouts.Columns.Count; i++)
        {
            if (!TableLayouts.Columns[i].IsTotal && string.Equals(TableLayouts.Columns[i].Code, code, StringComparison.Ordinal))
            {
                return (ApplicantKind)(i + 1);
            }
        }

        return null;
    }
}
