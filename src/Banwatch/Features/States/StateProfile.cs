using Banwatch.Core.Process;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;
using Banwatch.Data;
using Banwatch.Features.Obligations;
using Banwatch.Features.Status;

namespace Banwatch.Features.States;

/// <summary>One state: its status on a date, its depositary record, its obligations and everything known of its part in the process, each with a source.</summary>
/// <param name="History">The steps of its record known on <see cref="AsOf"/>, oldest first, with what follows from them by the Convention.</param>
/// <param name="Mentions">How often stored documents name it, year by year.</param>
/// <param name="Changes">The latest changes people made to what the record says about it, newest first, from the audit log.</param>
public sealed record StateProfile(
    string Iso3,
    string Name,
    string FormalName,
    string Region,
    string? UnRegionalGroup,
    DateOnly AsOf,
    StatusRow Status,
    IReadOnlyList<StatusStep> History,
    string? TreatyNote,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ParticipationRow> Participation,
    IReadOnlyList<ObligationRow> Obligations,
    IReadOnlyList<RecordedFact> Facts,
    IReadOnlyList<MentionYear> Mentions,
    IReadOnlyList<RecordChange> Changes)
{
    /// <summary>How many of the latest changes a profile shows; the audit log has them all.</summary>
    public const int ChangesShown = 10;

    /// <summary>The profile, kept in <see cref="BanwatchDb.Records"/> until the database changes.</summary>
    public static Task<StateProfile> LoadAsync(BanwatchDb db, Catalog catalog, State state, DateOnly asOf, CancellationToken ct = default) =>
        db.Records.GetAsync((nameof(StateProfile), state.Iso3, asOf), () => ReadAsync(db, catalog, state, asOf, CancellationToken.None), ct);

    private static async Task<StateProfile> ReadAsync(BanwatchDb db, Catalog catalog, State state, DateOnly asOf, CancellationToken ct)
    {
        var events = (await db.EventsAsync(ct)).ToDictionary(e => e.Id);
        var declarations = (await db.DeclarationsAsync(ct)).ToDictionary(d => d.Id);
        var participation = await db.ParticipationOfAsync(state.Iso3, ct);
        var aliases = (await db.AliasesAsync(ct)).Where(a => a.Iso3 == state.Iso3).Select(a => a.Alias).Order().ToList();
        catalog.Treaty.TryGetValue(state.Iso3, out var treaty);
        return new StateProfile(
            state.Iso3.Value,
            state.Name,
            state.FormalName,
            state.Region,
            state.UnRegionalGroup,
            asOf,
            StatusRow.From(catalog, catalog.Timeline.StatusOf(state.Iso3, asOf)),
            treaty is null ? [] : StatusStep.History(treaty.Record, catalog.Timeline.EntryIntoForceFor(state.Iso3), asOf),
            treaty?.Note,
            aliases,
            [.. participation.Select(p => ParticipationRow.From(p, events, declarations))],
            ObligationsReport.For(catalog, new ObligationQuery(asOf, state.Iso3)).Obligations,
            [.. (await db.FactsAsync(Review.Accepted, iso3: state.Iso3.Value, ct: ct)).Select(RecordedFact.From)],
            MentionYear.Of(await db.MentionCountsAsync(state.Iso3.Value, ct)),
            [.. (await Accounts.AuditLog.OfStateAsync(db, state.Iso3, ChangesShown, ct)).Select(RecordChange.From)]);
    }
}

/// <summary>One change to a state's record: "fact accepted by ana on 2026-12-01", with the record it touched.</summary>
public sealed record RecordChange(string At, string Who, string What, string Record, string? After)
{
    public static RecordChange From(AuditEntry e) => new(e.At, e.Actor, e.Action.Replace('-', ' '), e.Subject, e.After);
}

/// <summary>One step of a state's relation to the Convention, with the article its date comes from.</summary>
/// <param name="Future">The step follows from what is known but its day is after the as-of day (an entry into force to come).</param>
public sealed record StatusStep(DateOnly Date, string What, string Article, bool Future)
{
    /// <summary>The steps whose basis is known on <paramref name="asOf"/>: a 2011 deposit does not show on a 2009 page.</summary>
    public static IReadOnlyList<StatusStep> History(TreatyRecord record, DateOnly? entryIntoForce, DateOnly asOf)
    {
        var steps = new List<StatusStep>();
        void Add(DateOnly? date, string what, string article)
        {
            if (date is { } d)
            {
                steps.Add(new StatusStep(d, what, article, d > asOf));
            }
        }

        if (record.Signed <= asOf)
        {
            Add(record.Signed, "signed the Convention", "Art. 15");
        }

        if (record.Deposited <= asOf)
        {
            Add(record.Deposited, $"deposited its instrument of {Output.Csv.Cell(record.Instrument)}", "Art. 16");
            Add(entryIntoForce, entryIntoForce > asOf ? "the Convention enters into force for it" : "the Convention entered into force for it", "Art. 17");
        }

        if (record.ProvisionalApplication <= asOf)
        {
            Add(record.ProvisionalApplication, "declared it applies Art. 1 provisionally", "Art. 18");
        }

        if (record.Withdrawal is { } w && w.Received <= asOf)
        {
            Add(w.Received, "the depositary received its instrument of withdrawal", "Art. 20(2)");
            Add(w.TakesEffect, w.TakesEffect > asOf ? "its withdrawal takes effect" : "its withdrawal took effect", "Art. 20(3)");
        }

        return [.. steps.OrderBy(s => s.Date)];
    }
}

/// <summary>In one year (of publication, or of ingestion for an undated document), how many documents name the state and how often.</summary>
public sealed record MentionYear(int Year, int Documents, int Mentions)
{
    public static IReadOnlyList<MentionYear> Of(IEnumerable<DocumentMentionCount> counts) =>
        [.. counts
            .GroupBy(c => c.Published?.Year ?? int.Parse(c.IngestedAt.AsSpan(0, 4), System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new MentionYear(g.Key, g.Count(), g.Sum(c => c.Mentions)))];
}

/// <summary>A fact a person accepted from a document: what, the evidence sentence, and where it stands in the document.</summary>
/// <param name="Published">When the document was published, if it says.</param>
/// <param name="Accepted">Who accepted it and when: "accepted by ana on 2026-12-01".</param>
public sealed record RecordedFact(
    long Id, string Kind, string? Issue, string? Stance, long DocumentId, string Document, string? SourceUrl, DateOnly? Published, string Evidence, int EvidenceStart, int EvidenceEnd, string Link, string Accepted)
{
    public static RecordedFact From(StoredFact f) => new(
        f.Id, f.Kind, f.Issue, f.Stance, f.DocumentId, f.DocumentTitle ?? f.DocumentName, f.SourceUrl, f.DocumentPublished, f.Evidence, f.EvidenceStart, f.EvidenceEnd,
        Web.Links.Document(f.DocumentId, f.EvidenceStart, f.EvidenceEnd), FactReview.FactAbout.Decision(f));
}

/// <param name="Date">The event's first day, or the declaration's adoption date.</param>
public sealed record ParticipationRow(string Subject, string SubjectName, DateOnly? Date, ParticipationRelation Relation, string Source, string? Note)
{
    public static ParticipationRow From(
        Participation p,
        IReadOnlyDictionary<string, TreatyEvent> events,
        IReadOnlyDictionary<string, Declaration> declarations)
    {
        if (declarations.TryGetValue(p.Subject, out var d))
        {
            var date = d.AdoptedOn ?? (d.EventId is { } id && events.TryGetValue(id, out var de) ? de.End : null);
            return new(p.Subject, d.Name, date, p.Relation, p.Source.Citation, p.Note);
        }

        var e = events[p.Subject];
        return new(p.Subject, e.Name, e.Start, p.Relation, p.Source.Citation, p.Note);
    }
}
