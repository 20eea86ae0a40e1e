using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Treaty;

public class TreatyRecordTests
{
    private static readonly Iso3 State = Iso3.Parse("AAA");
    private static readonly Source Src = Source.Parse("fixture");

    [Fact]
    public void A_deposit_before_the_signature_is_refused() =>
        Assert.Contains("before signing", Assert.Throws<ArgumentException>(() =>
            new TreatyRecord(State, new DateOnly(2009, 1, 2), new DateOnly(2009, 1, 1), Instrument.Ratification, null, null, Src)).Message);

    [Fact]
    public void A_deposit_needs_its_instrument_type() =>
        Assert.Throws<ArgumentException>(() => new TreatyRecord(State, null, new DateOnly(2009, 1, 1), null, null, null, Src));

    [Fact]
    public void A_withdrawal_needs_a_deposit() =>
        Assert.Throws<ArgumentException>(() =>
            new TreatyRecord(State, new DateOnly(2009, 1, 1), null, null, null, new Withdrawal(new DateOnly(2020, 1, 1), false, null), Src));

    [Fact]
    public void Every_record_names_its_source() =>
        Assert.Throws<FormatException>(() => Source.Parse(" "));
}
