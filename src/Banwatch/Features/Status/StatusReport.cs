using Banwatch.Core.States;
using Banwatch.Core.Treaty;
using Banwatch.Data;
using Banwatch.Features.Obligations;

namespace Banwatch.Features.Status;

/// <summary>Where every state (or one) stood on a date: the record behind `banwatch status`, the home page and /api/status.</summary>
/// <param name="ObligationsSummary">The Art. 3 and Art. 4 obligations of the states shown, by status on that date.</param>
public sealed record StatusReport(DateOnly AsOf, StatusCounts Counts, IReadOnlyList<StatusRow> States, ObligationsSummary ObligationsSummary)
{
    /// <summary>The report from the current catalogue, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static async Task<StatusReport> LoadAsync(BanwatchDb db, DateOnly asOf, Iso3? only = null, CancellationToken ct = default)
    {
        var catalog = await Catalog.LoadAsync(db, ct);
        return await db.Records.GetAsync((nameof(StatusReport), asOf, only), () => Task.FromResult(For(catalog, asOf, only)), ct);
    }

    public static StatusReport For(Catalog catalog, DateOnly asOf, Iso3? only = null)
    {
        var snapshot = catalog.Timeline.On(asOf);
        var rows = snapshot.States
            .Where(s => only is null || s.Iso3 == only)
            .Select(s => StatusRow.From(catalog, s))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
        return new StatusReport(asOf, StatusCounts.Of(rows.Select(r => r.Status)), rows, ObligationsSummary.For(catalog, asOf, only));
    }
}

/// <summary>How many states are in each status; over the states shown (all, or the one asked for).</summary>
public sealed record StatusCounts(int StateParty, int BoundNotInForce, int Signatory, int NotSigned, int Withdrawn)
{
    public static StatusCounts Of(IEnumerable<TreatyStatus> statuses)
    {
        var list = statuses.ToList();
        int N(TreatyStatus s) => list.Count(x => x == s);
        return new(N(TreatyStatus.StateParty), N(TreatyStatus.BoundNotInForce), N(TreatyStatus.Signatory), N(TreatyStatus.NotSigned), N(TreatyStatus.Withdrawn));
    }
}

/// <param name="ProvisionallyApplying">Bound by Art. 1 under an Art. 18 declaration, before entry into force for it.</param>
/// <param name="Source">The depositary record's source; empty for a state with no action recorded.</param>
public sealed record StatusRow(
    string Iso3,
    string Name,
    TreatyStatus Status,
    DateOnly? Signed,
    DateOnly? Deposited,
    Instrument? Instrument,
    DateOnly? EntryIntoForce,
    DateOnly? WithdrawalEffective,
    bool ProvisionallyApplying,
    string? Source)
{
    public static StatusRow From(Catalog catalog, StateStatus s) => new(
        s.Iso3.Value,
        catalog.Names[s.Iso3].Name,
        s.Status,
        s.Signed,
        s.Deposited,
        s.Instrument,
        s.EntryIntoForce,
        s.WithdrawalEffective,
        s.ProvisionallyApplying,
        catalog.Treaty.TryGetValue(s.Iso3, out var entry) ? entry.Record.Source.Citation : null);
}

/// <summary>Status names for people, where the wire name (state_party) would read badly.</summary>
public static class StatusText
{
    public static string Label(TreatyStatus status) => status switch
    {
        TreatyStatus.StateParty => "state party",
        TreatyStatus.BoundNotInForce => "bound, not yet in force",
        TreatyStatus.Signatory => "signatory",
        TreatyStatus.Withdrawn => "withdrawn",
        _ => "not signed",
    };
}
