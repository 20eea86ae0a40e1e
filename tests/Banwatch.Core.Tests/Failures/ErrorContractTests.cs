using Banwatch.Core.Failures;

namespace Banwatch.Core.Tests.Failures;

public sealed class ErrorContractTests
{
    [Fact]
    public void Every_kind_has_exactly_one_entry_found_by_its_kind()
    {
        Assert.Equal(Enum.GetValues<FailureKind>(), ErrorContract.All.Select(c => c.Kind));
        Assert.All(Enum.GetValues<FailureKind>(), k => Assert.Equal(k, ErrorContract.For(k).Kind));
    }

    [Fact]
    public void Exit_codes_are_distinct_and_never_zero()
    {
        var codes = ErrorContract.All.Select(c => c.ExitCode).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain(ErrorContract.Success, codes);
    }

    [Fact]
    public void Http_statuses_are_client_or_server_errors()
    {
        Assert.All(ErrorContract.All, c => Assert.InRange(c.HttpStatus, 400, 599));
        Assert.Equal(500, ErrorContract.For(FailureKind.Unexpected).HttpStatus);
    }
}
