using OpenGovInfo.Domain.Applications;
using static OpenGovInfo.Domain.Tests.Applications.CaseBuilder;

namespace OpenGovInfo.Domain.Tests.Applications;

/// <summary>国办函〔2020〕109号 tiers (FEE-3, FEE-4), in fen.</summary>
public class FeeTests
{
    [Theory]
    [InlineData(1, 0)]
    [InlineData(10, 0)]
    [InlineData(11, 100)]
    [InlineData(30, 100)]
    [InlineData(31, 200)]
    [InlineData(40, 200)]
    [InlineData(41, 300)]
    [InlineData(50, 300)]
    [InlineData(51, 400)]
    [InlineData(101, 900)]
    public void Per_application_rate_by_ordinal_in_the_month(int k, long yuan) =>
        Assert.Equal(yuan * 100, PerApplicationFee.FenFor(k));

    [Theory]
    [InlineData(31, 10)]
    [InlineData(100, 700)]
    [InlineData(101, 720)]
    [InlineData(200, 2_700)]
    [InlineData(201, 2_740)]
    [InlineData(0, 0)]
    public void Per_page_tier_edges(int pages, long yuan) => Assert.Equal(yuan * 100, PerPageFee.FenFor(pages));

    [Fact]
    public void The_ordinal_counts_only_the_same_natural_month()
    {
        DateOnly[] earlier = [D(2025, 2, 28), D(2025, 3, 1), D(2025, 3, 15), D(2025, 3, 31), D(2025, 4, 1), D(2024, 3, 10)];
        Assert.Equal(3, PerApplicationFee.OrdinalInMonth(earlier.Where(d => d < D(2025, 3, 20)), D(2025, 3, 20)));
        Assert.Equal(1, PerApplicationFee.OrdinalInMonth([D(2025, 3, 31)], D(2025, 4, 1)));
    }

    [Fact]
    public void One_method_per_application_and_amounts_in_words()
    {
        Assert.Equal(PerApplicationFee.FenFor(12), Fees.FenFor(FeeMethod.PerApplication, 12));
        Assert.Equal(PerPageFee.FenFor(12), Fees.FenFor(FeeMethod.PerPage, 12));
        Assert.Equal("4700.00元", Fees.Yuan(PerPageFee.FenFor(250)));
        Assert.Equal("0.05元", Fees.Yuan(5));
        Assert.Equal("按件计收", FeeMethod.PerApplication.Name());
        Assert.Throws<ArgumentOutOfRangeException>(() => PerApplicationFee.FenFor(0));
    }
}
