using Banwatch.Core.Failures;
using Banwatch.Core.Intake;
using Banwatch.Core.Obligations;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;
using Banwatch.Data;

namespace Banwatch.Features;

/// <summary>The states, their names, the status timeline and the obligations: read once, kept until the database changes.</summary>
/// <param name="Meetings">The record's events, for filing extracted facts under the meeting they name.</param>
public sealed record Catalog(StateNames Names, StatusTimeline Timeline, IReadOnlyDictionary<Iso3, TreatyEntry> Treaty, ObligationLedger Obligations, IReadOnlyList<StateAlias> Aliases, MeetingResolver Meetings)
{
    private readonly Lazy<StateVocabulary> _vocabulary = new(() => new StateVocabulary(Names.States, Aliases));

    /// <summary>The names document intake looks for; built on first use, since only intake needs it.</summary>
    public StateVocabulary Vocabulary => _vocabulary.Value;

    /// <summary>The catalogue as the database holds it now, from <see cref="BanwatchDb.Records"/> unless a write came since.</summary>
    public static Task<Catalog> LoadAsync(BanwatchDb db, CancellationToken ct = default) =>
        db.Records.GetAsync(nameof(Catalog), () => ReadAsync(db, CancellationToken.None), ct);

    private static async Task<Catalog> ReadAsync(BanwatchDb db, CancellationToken ct)
    {
        var states = await db.StatesAsync(ct);
        var aliases = await db.AliasesAsync(ct);
        var treaty = await db.TreatyRecordsAsync(ct);
        var timeline = new StatusTimeline(states.Select(s => s.Iso3), treaty.Select(t => t.Record));
        var events = await db.EventsAsync(ct);
        var meetingDays = events
            .Where(e => (e.End ?? e.Start) is not null)
            .ToDictionary(e => e.Id, e => (e.End ?? e.Start)!.Value, StringComparer.Ordinal);
        var obligations = new ObligationLedger(
            timeline, await db.ObligationRecordsAsync(ct), await db.Article7ReportsAsync(ct), await db.ObligationUpdatesAsync(ct), meetingDays);
        return new Catalog(new StateNames(states, aliases), timeline, treaty.ToDictionary(t => t.Record.Iso3), obligations, aliases, new MeetingResolver(events.Select(e => (e.Id, e.Name))));
    }

    /// <summary>The state a person meant, or a <see cref="BanwatchException"/> that says why not and suggests names.</summary>
    public State Resolve(string text) => Names.Resolve(text) switch
    {
        NameResolution.Found found => found.State,
        NameResolution.Ambiguous a => throw new BanwatchException(
            FailureKind.Invalid,
            $"'{text}' is ambiguous: it may mean {Describe(a.Candidates)}. Give the ISO3 code."),
        NameResolution.Unknown { Suggestions.Count: > 0 } u => throw new BanwatchException(
            FailureKind.Invalid,
            $"unknown state '{text}'. Did you mean {Describe(u.Suggestions)}?"),
        _ => throw new BanwatchException(FailureKind.Invalid, $"unknown state '{text}'. Give a name, alias or ISO3 code."),
    };

    /// <summary>
    /// The state a page or API path names (/states/{x}): as <see cref="Resolve"/>, but a name that matches no state is a
    /// page that is not there (<see cref="FailureKind.NotFound"/>), with the same message and suggestions.
    /// </summary>
    public State ResolvePath(string text)
    {
        try
        {
            return Resolve(text);
        }
        catch (BanwatchException e) when (Names.Resolve(text) is NameResolution.Unknown)
        {
            throw new BanwatchException(FailureKind.NotFound, $"{e.Message}", e);
        }
    }

    private static string Describe(IEnumerable<State> states) =>
        string.Join(" or ", states.Select(s => $"{s.Name} ({s.Iso3})"));
}
