using System.Data.Common;
using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Process;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Dapper;

namespace Banwatch.Data;

/// <summary>A stance recorded from an accepted document fact: the fact, its document and when it was accepted.</summary>
public sealed record PositionFact
{
    public long Id { get; init; }

    public string Iso3 { get; init; } = "";

    public string Issue { get; init; } = "";

    public string Stance { get; init; } = "";

    public long DocumentId { get; init; }

    public string Document { get; init; } = "";

    public string? SourceUrl { get; init; }

    public DateOnly? Published { get; init; }

    public string ReviewedAt { get; init; } = "";

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }

    public string Evidence { get; init; } = "";
}

/// <summary>
/// The campaign tables: category lists and UN votes (reference data, replaced with it), and what people add —
/// category corrections, positions, actions — which no reload touches.
/// </summary>
public sealed partial class BanwatchDb
{
    // Before the states they refer to.
    private static Task<int> DeleteCampaignReferenceAsync(DbConnection c, DbTransaction tx) =>
        c.ExecuteAsync("DELETE FROM unga_votes; DELETE FROM unga_resolutions; DELETE FROM category_entries; DELETE FROM category_lists;", transaction: tx);

    private static async Task InsertCampaignReferenceAsync(DbConnection c, DbTransaction tx, ReferenceData data)
    {
        await c.ExecuteAsync(
            """
            INSERT INTO category_lists (id, name, as_of, kind, covers, complete, named, total, source, note, position)
            VALUES (@Id, @Name, @AsOf, @Kind, @Covers, @Complete, @Named, @Total, @Source, @Note, @Position)
            """,
            data.CategoryLists.Select((l, i) => new
            {
                l.Id,
                l.Name,
                AsOf = l.AsOf?.ToString(),
                Kind = WireName.Of(l.Kind),
                Covers = string.Join(Source.Separator, l.Covers.Select(x => WireName.Of(x))),
                l.Complete,
                l.Named,
                l.Total,
                Source = l.Source.Citation,
                l.Note,
                Position = i,
            }),
            tx);
        await c.ExecuteAsync(
            """
            INSERT INTO category_entries (iso3, category, list_id, unclear, period_start, period_end, source, note)
            VALUES (@Iso3, @Category, @List, @Unclear, @PeriodStart, @PeriodEnd, @Source, @Note)
            """,
            data.CategoryEntries.Select(e => new
            {
                Iso3 = e.Iso3.Value,
                Category = WireName.Of(e.Category),
                e.List,
                e.Unclear,
                PeriodStart = e.PeriodStart?.ToString(),
                PeriodEnd = e.PeriodEnd?.ToString(),
                Source = e.Source.Citation,
                e.Note,
            }),
            tx);
        await c.ExecuteAsync(
            """
            INSERT INTO unga_resolutions (year, symbol, adopted_on, yes, no, abstain, source, note)
            VALUES (@Year, @Symbol, @AdoptedOn, @Yes, @No, @Abstain, @Source, @Note)
            """,
            data.UngaResolutions.Select(r => new { r.Year, r.Symbol, r.AdoptedOn, r.Yes, r.No, r.Abstain, Source = r.Source.Citation, r.Note }),
            tx);
        await c.ExecuteAsync(
            "INSERT INTO unga_votes (resolution, iso3, vote, source) VALUES (@Resolution, @Iso3, @Vote, @Source)",
            data.UngaVotes.Select(v => new { v.Resolution, Iso3 = v.Iso3.Value, Vote = WireName.Of(v.Vote), Source = v.Source.Citation }),
            tx);
    }

    public Task<IReadOnlyList<CategoryList>> CategoryListsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CategoryList>>(
            async c => [.. (await c.QueryAsync<CategoryListRow>("SELECT * FROM category_lists ORDER BY position")).Select(r => r.ToList())], ct);

    public Task<IReadOnlyList<CategoryEntry>> CategoryEntriesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CategoryEntry>>(
            async c => [.. (await c.QueryAsync<CategoryEntryRow>("SELECT * FROM category_entries ORDER BY id")).Select(r => r.ToEntry())], ct);

    /// <summary>Every correction people added, in the order added.</summary>
    public Task<IReadOnlyList<CategoryUpdate>> CategoryUpdatesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CategoryUpdate>>(
            async c => [.. (await c.QueryAsync<CategoryUpdateRow>("SELECT * FROM category_updates ORDER BY id")).Select(r => r.ToUpdate())], ct);

    /// <summary>Stores one correction in its own transaction and returns its id (the update's own id is ignored).</summary>
    public Task<long> AddCategoryUpdateAsync(CategoryUpdate update, DateTimeOffset addedAt, Audit? audit = null, CancellationToken ct = default) =>
        AuditedAsync(
            audit,
            (id, a) => [a with
            {
                Action = "category-added",
                Subject = $"category entry #{id} ({update.Iso3})",
                Record = $"category-update:{id}",
                State = update.Iso3.Value,
                After = $"{WireName.Of(update.Category)} {(update.Listed ? "listed" : "not listed")} as of {update.AsOf}; source {update.Source.Citation}",
            }],
            (c, tx) => c.ExecuteScalarAsync<long>(
                """
                INSERT INTO category_updates (iso3, category, listed, as_of, period_start, period_end, source, note, added_at)
                VALUES (@Iso3, @Category, @Listed, @AsOf, @PeriodStart, @PeriodEnd, @Source, @Note, @AddedAt)
                RETURNING id
                """,
                new
                {
                    Iso3 = update.Iso3.Value,
                    Category = WireName.Of(update.Category),
                    update.Listed,
                    AsOf = update.AsOf.ToString(),
                    PeriodStart = update.PeriodStart?.ToString(),
                    PeriodEnd = update.PeriodEnd?.ToString(),
                    Source = update.Source.Citation,
                    update.Note,
                    AddedAt = addedAt.UtcDateTime.ToString("O"),
                },
                tx),
            ct);

    public Task<IReadOnlyList<UngaResolution>> UngaResolutionsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<UngaResolution>>(
            async c => [.. (await c.QueryAsync<ResolutionRow>("SELECT * FROM unga_resolutions ORDER BY year"))
                .Select(r => new UngaResolution(r.Symbol, r.Year, r.AdoptedOn, r.Yes, r.No, r.Abstain, Source.FromStore(r.Source), r.Note))],
            ct);

    public Task<IReadOnlyList<UngaVote>> UngaVotesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<UngaVote>>(
            async c => [.. (await c.QueryAsync<VoteRow>("SELECT resolution, iso3, vote, source FROM unga_votes ORDER BY resolution, iso3"))
                .Select(r => new UngaVote(r.Resolution, Core.States.Iso3.Parse(r.Iso3), WireName.Parse<Vote>(r.Vote), Source.FromStore(r.Source)))],
            ct);

    /// <summary>Everything known of every state's participation, in file order.</summary>
    public Task<IReadOnlyList<Participation>> ParticipationAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Participation>>(
            async c => [.. (await c.QueryAsync<ParticipationRow>("SELECT iso3, subject, relation, source, note FROM participation ORDER BY id"))
                .Select(r => new Participation(Core.States.Iso3.Parse(r.Iso3), r.Subject, WireName.Parse<ParticipationRelation>(r.Relation), Source.FromStore(r.Source), r.Note))],
            ct);

    /// <summary>Accepted position facts from documents, with the document's publication date and when each was accepted.</summary>
    public Task<IReadOnlyList<PositionFact>> AcceptedPositionFactsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<PositionFact>>(
            async c => [.. await c.QueryAsync<PositionFact>(
                """
                SELECT f.id, f.iso3, f.issue, f.stance, f.document_id AS DocumentId, COALESCE(d.title, d.name) AS Document,
                       d.source_url AS SourceUrl, d.published, f.reviewed_at AS ReviewedAt,
                       f.evidence_start AS EvidenceStart, f.evidence_end AS EvidenceEnd, f.evidence
                FROM facts f JOIN documents d ON d.id = f.document_id
                WHERE f.kind = 'position' AND f.review = 'accepted' AND f.issue <> '' AND f.stance <> ''
                ORDER BY f.id
                """)],
            ct);

    public Task<IReadOnlyList<PositionEntry>> PositionEntriesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<PositionEntry>>(
            async c => [.. (await c.QueryAsync<PositionEntryRow>("SELECT * FROM position_entries ORDER BY id")).Select(r => r.ToEntry())], ct);

    public Task<long> AddPositionEntryAsync(PositionEntry entry, DateTimeOffset addedAt, Audit? audit = null, CancellationToken ct = default) =>
        AuditedAsync(
            audit,
            (id, a) => [a with
            {
                Action = "position-added",
                Subject = $"position entry #{id} ({entry.Iso3})",
                Record = $"position:{id}",
                State = entry.Iso3.Value,
                After = $"{WireName.Of(entry.Issue)} {WireName.Of(entry.Stance)} on {entry.Said}; source {entry.Source.Citation}",
            }],
            (c, tx) => c.ExecuteScalarAsync<long>(
                """
                INSERT INTO position_entries (iso3, issue, stance, said_on, source, note, added_at)
                VALUES (@Iso3, @Issue, @Stance, @Said, @Source, @Note, @AddedAt)
                RETURNING id
                """,
                new
                {
                    Iso3 = entry.Iso3.Value,
                    Issue = WireName.Of(entry.Issue),
                    Stance = WireName.Of(entry.Stance),
                    entry.Said,
                    Source = entry.Source.Citation,
                    entry.Note,
                    AddedAt = addedAt.UtcDateTime.ToString("O"),
                },
                tx),
            ct);

    /// <summary>Stores the actions in one transaction (an import is all or nothing) and returns their ids, in order.</summary>
    public Task<IReadOnlyList<long>> AddActionsAsync(IReadOnlyList<CampaignAction> actions, DateTimeOffset addedAt, Audit? audit = null, CancellationToken ct = default) =>
        AuditedAsync<IReadOnlyList<long>>(
            audit,
            (ids, a) => ids.Zip(actions, (id, action) => a with
            {
                Action = "action-logged",
                Subject = $"action #{id} ({action.Iso3})",
                Record = $"action:{id}",
                State = action.Iso3.Value,
                After = $"{WireName.Of(action.Kind)} on {action.Date:yyyy-MM-dd} by {action.Organisation}: {action.Summary}",
            }),
            async (c, tx) =>
            {
                var ids = new List<long>();
                foreach (var a in actions)
                {
                    ids.Add(await c.ExecuteScalarAsync<long>(
                        """
                        INSERT INTO campaign_actions (iso3, kind, action_date, organisation, contact, summary, outcome, follow_up, done_on, added_at)
                        VALUES (@Iso3, @Kind, @Date, @Organisation, @Contact, @Summary, @Outcome, @FollowUp, @Done, @AddedAt)
                        RETURNING id
                        """,
                        new
                        {
                            Iso3 = a.Iso3.Value,
                            Kind = WireName.Of(a.Kind),
                            a.Date,
                            a.Organisation,
                            a.Contact,
                            a.Summary,
                            a.Outcome,
                            a.FollowUp,
                            a.Done,
                            AddedAt = addedAt.UtcDateTime.ToString("O"),
                        },
                        tx));
                }

                return ids;
            },
            ct);

    /// <summary>Actions, newest first; only one state's when <paramref name="iso3"/> is given.</summary>
    public Task<IReadOnlyList<CampaignAction>> ActionsAsync(Iso3? iso3 = null, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<CampaignAction>>(
            async c => [.. (await c.QueryAsync<ActionRow>(
                "SELECT * FROM campaign_actions WHERE (@iso3 IS NULL OR iso3 = @iso3) ORDER BY action_date DESC, id DESC",
                new { iso3 = iso3?.Value })).Select(r => r.ToAction())],
            ct);

    /// <summary>Marks the follow-up of an action done (and records its outcome); false when there is no such action.</summary>
    public async Task<bool> CompleteActionAsync(long id, DateOnly done, string? outcome, Audit? audit = null, CancellationToken ct = default) =>
        await AuditedAsync(
            audit,
            (iso3, a) => iso3 is not null
                ? [a with { Action = "action-done", Subject = $"action #{id} ({iso3})", Record = $"action:{id}", State = iso3, Before = "follow-up open", After = $"done on {done:yyyy-MM-dd}{(outcome is null ? "" : ": " + outcome)}" }]
                : [],
            (c, tx) => c.QuerySingleOrDefaultAsync<string?>(
                "UPDATE campaign_actions SET done_on = @done, outcome = COALESCE(@outcome, outcome) WHERE id = @id RETURNING iso3",
                new { id, done, outcome },
                tx),
            ct) is not null;

#pragma warning disable CA1812, S3459 // instantiated by Dapper
    private sealed class CategoryListRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string? AsOf { get; set; }

        public string Kind { get; set; } = "";

        public string Covers { get; set; } = "";

        public bool Complete { get; set; }

        public int? Named { get; set; }

        public int? Total { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public CategoryList ToList() => new(
            Id, Name, AsOf is null ? null : ReportedDate.Parse(AsOf), WireName.Parse<CategoryListKind>(Kind),
            [.. Covers.Split('|', StringSplitOptions.TrimEntries).Select(WireName.Parse<Category>)], Complete, Named, Total, Core.Provenance.Source.FromStore(Source), Note);
    }

    private sealed class CategoryEntryRow
    {
        public string Iso3 { get; set; } = "";

        public string Category { get; set; } = "";

        public string ListId { get; set; } = "";

        public bool Unclear { get; set; }

        public string? PeriodStart { get; set; }

        public string? PeriodEnd { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public CategoryEntry ToEntry() => new(
            Core.States.Iso3.Parse(Iso3), WireName.Parse<Category>(Category), ListId, Unclear, Date(PeriodStart), Date(PeriodEnd), Core.Provenance.Source.FromStore(Source), Note);
    }

    private sealed class CategoryUpdateRow
    {
        public long Id { get; set; }

        public string Iso3 { get; set; } = "";

        public string Category { get; set; } = "";

        public bool Listed { get; set; }

        public string AsOf { get; set; } = "";

        public string? PeriodStart { get; set; }

        public string? PeriodEnd { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public CategoryUpdate ToUpdate() => new(
            Id, Core.States.Iso3.Parse(Iso3), WireName.Parse<Category>(Category), Listed, ReportedDate.Parse(AsOf), Date(PeriodStart), Date(PeriodEnd),
            Core.Provenance.Source.FromStore(Source), Note);
    }

    private static ReportedDate? Date(string? text) => text is null ? null : ReportedDate.Parse(text);

    private sealed class ResolutionRow
    {
        public int Year { get; set; }

        public string? Symbol { get; set; }

        public DateOnly? AdoptedOn { get; set; }

        public int? Yes { get; set; }

        public int? No { get; set; }

        public int? Abstain { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }
    }

    private sealed record VoteRow(string Resolution, string Iso3, string Vote, string Source);

    private sealed class PositionEntryRow
    {
        public long Id { get; set; }

        public string Iso3 { get; set; } = "";

        public string Issue { get; set; } = "";

        public string Stance { get; set; } = "";

        public DateOnly SaidOn { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public string AddedAt { get; set; } = "";

        public PositionEntry ToEntry() => new(
            Id, Core.States.Iso3.Parse(Iso3), WireName.Parse<TreatyIssue>(Issue), WireName.Parse<PositionStance>(Stance), SaidOn, Core.Provenance.Source.FromStore(Source), Note,
            DateOnly.FromDateTime(DateTime.Parse(AddedAt, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind)));
    }

    private sealed class ActionRow
    {
        public long Id { get; set; }

        public string Iso3 { get; set; } = "";

        public string Kind { get; set; } = "";

        public DateOnly ActionDate { get; set; }

        public string Organisation { get; set; } = "";

        public string? Contact { get; set; }

        public string Summary { get; set; } = "";

        public string? Outcome { get; set; }

        public DateOnly? FollowUp { get; set; }

        public DateOnly? DoneOn { get; set; }

        public CampaignAction ToAction() => new(
            Id, Core.States.Iso3.Parse(Iso3), WireName.Parse<ActionKind>(Kind), ActionDate, Organisation, Contact, Summary, Outcome, FollowUp, DoneOn);
    }
#pragma warning restore CA1812, S3459
}
