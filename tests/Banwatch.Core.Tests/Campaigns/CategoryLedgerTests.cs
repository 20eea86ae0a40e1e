using Banwatch.Core.Campaigns;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Tests.Campaigns;

/// <summary>Lists of different dates: a newer list supersedes an older one for later days only.</summary>
public class CategoryLedgerTests
{
    private static readonly Iso3 Alb = Iso3.Parse("ALB");
    private static readonly Iso3 Mrt = Iso3.Parse("MRT");
    private static readonly Iso3 Mmr = Iso3.Parse("MMR");
    private static readonly Source Src = Source.Parse("https://example.org/list");

    private static CategoryList List(string id, string? asOf, bool complete, params Category[] covers) =>
        new(id, id, asOf is null ? null : ReportedDate.Parse(asOf), Categories.KindOf(covers[0]), covers, complete, null, null, Src, null);

    private static CategoryEntry Entry(Iso3 iso3, Category c, string list, string? start = null) =>
        new(iso3, c, list, false, start is null ? null : ReportedDate.Parse(start), null, Src, null);

    private static IReadOnlyList<Category> On(CategoryLedger ledger, Iso3 iso3, string day) =>
        [.. ledger.On(iso3, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)).Select(s => s.Category)];

    [Fact]
    public void A_complete_list_that_leaves_a_state_out_removes_it_from_its_date_on()
    {
        var ledger = new CategoryLedger(
            [List("m2017", "2017-08-01", true, Category.Contaminated), List("m2019", "2019-07-01", true, Category.Contaminated)],
            [Entry(Alb, Category.Contaminated, "m2017")],
            []);
        Assert.Equal([Category.Contaminated], On(ledger, Alb, "2019-06-30"));
        Assert.Empty(On(ledger, Alb, "2019-07-01"));
        Assert.Empty(On(ledger, Alb, "2017-07-31"));
    }

    [Fact]
    public void A_partial_list_speaks_only_for_the_states_it_names()
    {
        var ledger = new CategoryLedger(
            [List("m2017", "2017-08-01", true, Category.Contaminated), List("mar2025", "2025-09", false, Category.Contaminated)],
            [Entry(Alb, Category.Contaminated, "m2017"), Entry(Mrt, Category.Contaminated, "mar2025")],
            []);
        Assert.Equal([Category.Contaminated], On(ledger, Alb, "2026-01-01"));
        Assert.Equal([Category.Contaminated], On(ledger, Mrt, "2025-09-30"));
        Assert.Empty(On(ledger, Mrt, "2025-09-29"));
    }

    [Fact]
    public void Undated_lists_rank_below_dated_ones_and_former_replaces_current_in_its_pair()
    {
        var ledger = new CategoryLedger(
            [List("cmc", null, true, Category.Producer, Category.FormerProducer), List("m2019", "2019", true, Category.Producer)],
            [Entry(Alb, Category.FormerProducer, "cmc"), Entry(Mmr, Category.Producer, "cmc")],
            []);
        Assert.Equal([Category.FormerProducer], On(ledger, Alb, "2007-12-07"));
        // A complete producers list does not speak about former producers.
        Assert.Equal([Category.FormerProducer], On(ledger, Alb, "2020-01-01"));
        Assert.Equal([Category.Producer], On(ledger, Mmr, "2019-12-30"));
        Assert.Empty(On(ledger, Mmr, "2019-12-31"));
    }

    [Fact]
    public void Events_count_once_their_period_has_begun_and_corrections_supersede_lists()
    {
        var ledger = new CategoryLedger(
            [List("hrw", "2015-09-03", false, Category.User), List("cmc", null, true, Category.Stockpiler, Category.FormerStockpiler)],
            [Entry(Mmr, Category.User, "hrw", "2011-02"), Entry(Mmr, Category.Stockpiler, "cmc")],
            [new CategoryUpdate(1, Mmr, Category.FormerStockpiler, true, ReportedDate.Parse("2023"), null, null, Src, null)]);
        Assert.Equal([Category.User, Category.Stockpiler], On(ledger, Mmr, "2011-02-01").OrderBy(c => c == Category.Stockpiler));
        Assert.Equal([Category.Stockpiler], On(ledger, Mmr, "2011-01-31"));
        Assert.Equal([Category.User, Category.FormerStockpiler], On(ledger, Mmr, "2024-01-01").Order());
        var history = ledger.History(Mmr, DateOnly.Parse("2024-01-01", System.Globalization.CultureInfo.InvariantCulture));
        var superseded = Assert.Single(history, h => h.Standing.Category == Category.Stockpiler);
        Assert.False(superseded.Current);
        Assert.Equal(Category.FormerStockpiler, superseded.SupersededBy?.Category);
    }
}
