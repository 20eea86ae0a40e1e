using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.Provenance;

using Banwatch.Features.Accounts;

namespace Banwatch.Features.Campaigns;

/// <summary>A stance a person records by hand: the state, the issue, the stance, the day it was taken and the URL that shows it.</summary>
public sealed record PositionInput(string State, string? Issue, string? Stance, DateOnly? Date, string? Source, string? Note);

public sealed record AddedPosition(long Id, string Iso3, string Name, TreatyIssue Issue, PositionStance Stance, DateOnly Date, string Source);

public static class PositionUpdates
{
    public static async Task<AddedPosition> AddAsync(BanwatchApp app, PositionInput input, Caller? caller = null, CancellationToken ct = default)
    {
        var who = Caller.OrLocal(caller, "recording positions");
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        var state = catalog.Resolve(input.State);
        var issue = PositionsQuery.ParseIssue(input.Issue ?? "", new Field("issue"));
        var stance = PositionsQuery.ParseStance(input.Stance ?? "", new Field("stance"));
        var date = input.Date ?? throw new BanwatchException(FailureKind.Invalid, $"--date: the day the state took this position is required (YYYY-MM-DD)");
        if (date > app.Today)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("date")}: {date:yyyy-MM-dd} is after today ({app.Today:yyyy-MM-dd})");
        }

        var source = ManualSource.Parse(input.Source, new Field("source"));
        var entry = new PositionEntry(0, state.Iso3, issue, stance, date, source, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), app.Today);
        var id = await app.Db.AddPositionEntryAsync(entry, app.Time.GetUtcNow(), Accounts.Accounts.Audit(app, who), ct);
        return new AddedPosition(id, state.Iso3.Value, state.Name, issue, stance, date, source.Citation);
    }
}
