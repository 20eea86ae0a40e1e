using Banwatch.Core.Campaigns;
using Banwatch.Core.States;
using Banwatch.Data;

namespace Banwatch.Features.Campaigns;

/// <summary>
/// The campaign side of one state's profile on a date: categories with their lists (and the history, superseded
/// entries marked), UN votes with each year's totals, positions, and the actions logged.
/// </summary>
public sealed record StateCampaign(
    IReadOnlyList<CategoryRow> Categories,
    IReadOnlyList<CategoryHistoryLine> CategoryHistory,
    IReadOnlyList<VoteRow> Votes,
    IReadOnlyList<PositionsCell> Positions,
    IReadOnlyList<ActionRow> Actions)
{
    /// <summary>The state's campaign record on <paramref name="asOf"/>, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static Task<StateCampaign> LoadAsync(BanwatchDb db, CampaignData data, State state, DateOnly asOf, DateOnly today, CancellationToken ct = default) =>
        db.Records.GetAsync((nameof(StateCampaign), state.Iso3, asOf, today), () => ReadAsync(db, data, state, asOf, today, CancellationToken.None), ct);

    private static async Task<StateCampaign> ReadAsync(BanwatchDb db, CampaignData data, State state, DateOnly asOf, DateOnly today, CancellationToken ct)
    {
        var resolutions = data.Votes.Resolutions;
        var votes = data.Votes.Of(state.Iso3, asOf)
            .Select(v => VoteRow.From(v, resolutions.First(r => r.Symbol == v.Resolution)))
            .ToList();
        return new StateCampaign(
            [.. data.Categories.On(state.Iso3, asOf).Select(c => CategoryRow.From(state, c))],
            [.. data.Categories.History(state.Iso3, asOf).Select(CategoryHistoryLine.From)],
            votes,
            [.. new PositionMatrix(data.Positions.Where(p => p.Iso3 == state.Iso3), asOf).Of(state.Iso3).Select(PositionsCell.From)],
            [.. (await db.ActionsAsync(state.Iso3, ct)).Select(a => ActionRow.From(a, state.Name, today))]);
    }
}

/// <summary>One list entry about the state: whether it holds on the date and, if not, what superseded it.</summary>
public sealed record CategoryHistoryLine(Category Category, bool Removed, string List, string ListName, string? ListDate, string? Period, bool Current, bool Later, string? SupersededBy, string Source, string? Note)
{
    public static CategoryHistoryLine From(CategoryHistoryRow r) => new(
        r.Standing.Category, r.Standing.Removed, r.Standing.List, r.Standing.ListName, r.Standing.ListDate?.ToString(),
        r.Standing.PeriodStart is { } s ? $"{s}–{r.Standing.PeriodEnd?.ToString() ?? ""}" : null, r.Current, r.Later,
        r.SupersededBy is { } by ? $"{(by.Removed ? "not listed" : Core.Campaigns.Categories.Label(by.Category))} in {by.ListName}{(by.ListDate is { } d ? " (" + d + ")" : "")}" : null,
        r.Standing.Source, r.Standing.Note);
}

/// <summary>A state's vote on one year's resolution, with the plenary totals (yes–no–abstain) and the sources.</summary>
public sealed record VoteRow(int Year, string Resolution, DateOnly AdoptedOn, Vote Vote, string Totals, string Source)
{
    public static VoteRow From(CastVote v, UngaResolution r) =>
        new(v.Year, v.Resolution, v.AdoptedOn, v.Vote, r.Yes is { } y ? $"{y}–{r.No}–{r.Abstain}" : "", v.Source);
}
