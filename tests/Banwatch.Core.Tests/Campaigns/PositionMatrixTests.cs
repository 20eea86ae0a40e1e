using Banwatch.Core.Campaigns;
using Banwatch.Core.States;

namespace Banwatch.Core.Tests.Campaigns;

public class PositionMatrixTests
{
    private static readonly Iso3 Fra = Iso3.Parse("FRA");

    private static Position At(string said, PositionStance stance, long id, string? recorded = null) => new(
        Fra, TreatyIssue.Transition, stance, said.Length == 0 ? null : DateOnly.Parse(said, System.Globalization.CultureInfo.InvariantCulture),
        DateOnly.Parse(recorded ?? "2026-01-01", System.Globalization.CultureInfo.InvariantCulture),
        new PositionEvidence(EvidenceKind.Manual, id, "https://example.org/" + id, "https://example.org/" + id, null, null, null, null, null));

    [Fact]
    public void The_latest_stance_wins_and_the_history_stays_out_of_the_cell()
    {
        var matrix = new PositionMatrix([At("2007-12-07", PositionStance.Weaken, 1), At("2008-05-30", PositionStance.Support, 2)], null);
        var cell = matrix.Cell(Fra, TreatyIssue.Transition)!;
        Assert.Equal([PositionStance.Support], cell.Stances);
        Assert.Equal(2, Assert.Single(cell.Latest).Evidence.Id);
    }

    [Fact]
    public void As_of_a_date_later_positions_are_not_seen()
    {
        var matrix = new PositionMatrix([At("2007-12-07", PositionStance.Weaken, 1), At("2008-05-30", PositionStance.Support, 2)], new DateOnly(2008, 5, 29));
        Assert.Equal([PositionStance.Weaken], matrix.Cell(Fra, TreatyIssue.Transition)!.Stances);
    }

    [Fact]
    public void Sources_of_the_same_day_that_disagree_are_kept_side_by_side()
    {
        var cell = new PositionMatrix([At("2007-12-07", PositionStance.Weaken, 1), At("2007-12-07", PositionStance.Support, 2)], null).Cell(Fra, TreatyIssue.Transition)!;
        Assert.True(cell.Conflicting);
        Assert.Equal(2, cell.Latest.Count);
    }

    [Fact]
    public void An_undated_position_counts_from_the_day_it_was_recorded()
    {
        var undated = At("", PositionStance.Weaken, 1, recorded: "2026-11-24");
        Assert.Null(new PositionMatrix([undated], new DateOnly(2026, 11, 23)).Cell(Fra, TreatyIssue.Transition));
        Assert.NotNull(new PositionMatrix([undated], new DateOnly(2026, 11, 24)).Cell(Fra, TreatyIssue.Transition));
    }
}
