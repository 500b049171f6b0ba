using OpenGovInfo.Domain.AnnualReports;

namespace OpenGovInfo.Domain.Applications;

/// <summary>The result of a reconsideration or lawsuit: one of the four result columns of annual-report Table 4.</summary>
public enum RemedyResult
{
    /// <summary>尚未审结.</summary>
    Pending,

    /// <summary>结果维持.</summary>
    Upheld,

    /// <summary>结果纠正.</summary>
    Corrected,

    /// <summary>其他结果.</summary>
    Other,
}

/// <summary>The Table 4 columns behind <see cref="RemedyResult"/> (codes and labels live once, in <see cref="TableLayouts"/>).</summary>
public static class RemedyResults
{
    /// <summary>The Table 4 result column.</summary>
    public static ReviewMeasure Measure(this RemedyResult result) => TableLayouts.ReviewMeasures[result switch
    {
        RemedyResult.Upheld => 0,
        RemedyResult.Corrected => 1,
        RemedyResult.Other => 2,
        RemedyResult.Pending => 3,
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    }];

    /// <summary>The name people read: 维持 / 纠正 / 其他 / 尚未审结.</summary>
    public static string Name(this RemedyResult result) => result switch
    {
        RemedyResult.Upheld => "维持",
        RemedyResult.Corrected => "纠正",
        RemedyResult.Other => "其他",
        _ => "尚未审结",
    };
}
