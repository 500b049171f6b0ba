using FsCheck;
using FsCheck.Xunit;
using OpenGovInfo.Domain.Applications;

namespace OpenGovInfo.Domain.Tests.Applications;

public class FeeProperties
{
    [Property(MaxTest = 300)]
    public bool Per_page_fee_is_the_sum_of_each_pages_tier(NonNegativeInt pages)
    {
        var p = pages.Get % 2000;
        long naive = 0;
        for (var page = 1; page <= p; page++)
        {
            naive += page switch { <= 30 => 0, <= 100 => 1000, <= 200 => 2000, _ => 4000 };
        }

        return PerPageFee.FenFor(p) == naive;
    }

    [Property(MaxTest = 300)]
    public bool Per_application_rates_never_fall_and_rise_by_100_yuan_per_10_from_31(PositiveInt k)
    {
        var n = 1 + (k.Get % 500);
        var rises = n < 31 || (PerApplicationFee.FenFor(n + 10) - PerApplicationFee.FenFor(n)) == 100_00;
        return PerApplicationFee.FenFor(n + 1) >= PerApplicationFee.FenFor(n)
            && PerApplicationFee.TotalFen(n) == PerApplicationFee.TotalFen(n - 1) + PerApplicationFee.FenFor(n)
            && rises;
    }
}
