using System.Data.Common;
using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Core.Process;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;
using Dapper;

namespace Banwatch.Data;

/// <summary>The reference tables: states, aliases, depositary records, events, figures, declarations, participation (and, through BanwatchDb.Obligations.cs, the obligations research).</summary>
public sealed partial class BanwatchDb
{
    private const string ReferenceHashKey = "reference_data_hash";

    public Task<string?> ReferenceDataHashAsync(CancellationToken ct = default) =>
        ReadAsync(c => c.QuerySingleOrDefaultAsync<string?>("SELECT value FROM meta WHERE key = @ReferenceHashKey", new { ReferenceHashKey }), ct);

    /// <summary>
    /// Replaces the reference tables with <paramref name="data"/> in one transaction. Returns false, and writes
    /// nothing, when the same content (by hash) is already loaded. A load appends <paramref name="audit"/>, if given, in its transaction.
    /// </summary>
    public Task<bool> LoadReferenceDataAsync(ReferenceData data, Audit? audit = null, CancellationToken ct = default) =>
        // Exclusive, so that processes opening a new database together load it once.
        WriteExclusivelyAsync(
            async (c, tx) =>
            {
                var current = await c.QuerySingleOrDefaultAsync<string?>(
                    "SELECT value FROM meta WHERE key = @ReferenceHashKey", new { ReferenceHashKey }, tx);
                if (current == data.ContentHash)
                {
                    return false;
                }

                // Children first, for the foreign keys. States are upserted, not replaced: documents and facts refer to them.
                await DeleteObligationReferenceAsync(c, tx);
                await DeleteCampaignReferenceAsync(c, tx);
                await c.ExecuteAsync(
                    """
                    DELETE FROM participation;
                    DELETE FROM declarations;
                    DELETE FROM event_figures;
                    DELETE FROM events;
                    DELETE FROM treaty_records;
                    DELETE FROM state_aliases;
                    """,
                    transaction: tx);
                await InsertStatesAsync(c, tx, data);
                await InsertProcessAsync(c, tx, data);
                await InsertObligationReferenceAsync(c, tx, data);
                await InsertCampaignReferenceAsync(c, tx, data);
                await c.ExecuteAsync(
                    """
                    INSERT INTO meta (key, value) VALUES (@ReferenceHashKey, @hash)
                    ON CONFLICT (key) DO UPDATE SET value = excluded.value
                    """,
                    new { ReferenceHashKey, hash = data.ContentHash },
                    tx);
                if (audit is not null)
                {
                    await AppendAsync(c, tx, audit);
                }

                return true;
            },
            ct);

    private async Task InsertStatesAsync(DbConnection c, DbTransaction tx, ReferenceData data)
    {
        // A state dropped from the data goes too, unless stored documents refer to it: then the load is refused, naming it.
        var kept = data.States.Select(s => s.Iso3.Value).ToArray();
        var stillUsed = (await c.QueryAsync<(string Iso3, string Name, long Uses)>(
            $"""
            SELECT s.iso3, s.name, count(*) AS uses
            FROM states s JOIN (SELECT iso3 FROM document_mentions UNION ALL SELECT iso3 FROM facts) used ON used.iso3 = s.iso3
            WHERE NOT ({Dialect.InList("s.iso3", "@Kept")})
            GROUP BY s.iso3, s.name
            ORDER BY s.iso3
            """,
            new { Kept = kept },
            tx)).ToList();
        if (stillUsed.Count > 0)
        {
            var named = string.Join(", ", stillUsed.Select(u => $"{u.Iso3} ({u.Name}, {u.Uses} mentions and facts)"));
            throw new BanwatchException(
                FailureKind.Conflict,
                $"the reference data no longer lists {named}, which stored documents refer to; nothing was changed (put the state back in states.csv)");
        }

        await c.ExecuteAsync(
            $"DELETE FROM states WHERE NOT ({Dialect.InList("iso3", "@Kept")})",
            new { Kept = kept },
            tx);
        await c.ExecuteAsync(
            """
            INSERT INTO states (iso3, iso2, m49, name, formal_name, un_status, un_regional_group, region, sub_region, source)
            VALUES (@Iso3, @Iso2, @M49, @Name, @FormalName, @UnStatus, @UnRegionalGroup, @Region, @SubRegion, @Source)
            ON CONFLICT (iso3) DO UPDATE SET iso2 = excluded.iso2, m49 = excluded.m49, name = excluded.name,
                formal_name = excluded.formal_name, un_status = excluded.un_status, un_regional_group = excluded.un_regional_group,
                region = excluded.region, sub_region = excluded.sub_region, source = excluded.source
            """,
            data.States.Select(s => new
            {
                Iso3 = s.Iso3.Value,
                s.Iso2,
                s.M49,
                s.Name,
                s.FormalName,
                UnStatus = WireName.Of(s.UnStatus),
                s.UnRegionalGroup,
                s.Region,
                s.SubRegion,
                Source = s.Source.Citation,
            }),
            tx);
        await c.ExecuteAsync(
            "INSERT INTO state_aliases (iso3, alias, kind, source) VALUES (@Iso3, @Alias, @Kind, @Source)",
            data.Aliases.Select(a => new { Iso3 = a.Iso3.Value, a.Alias, Kind = WireName.Of(a.Kind), Source = a.Source.Citation }),
            tx);
        await c.ExecuteAsync(
            """
            INSERT INTO treaty_records (iso3, signed, deposited, instrument, provisional_application,
                withdrawal_received, withdrawal_armed_conflict, withdrawal_conflict_ended, source, note)
            VALUES (@Iso3, @Signed, @Deposited, @Instrument, @ProvisionalApplication,
                @WithdrawalReceived, @WithdrawalArmedConflict, @WithdrawalConflictEnded, @Source, @Note)
            """,
            data.Treaty.Select(t => new
            {
                Iso3 = t.Record.Iso3.Value,
                t.Record.Signed,
                t.Record.Deposited,
                Instrument = t.Record.Instrument is { } i ? WireName.Of(i) : null,
                t.Record.ProvisionalApplication,
                WithdrawalReceived = t.Record.Withdrawal?.Received,
                WithdrawalArmedConflict = t.Record.Withdrawal?.InArmedConflictAtExpiry ?? false,
                WithdrawalConflictEnded = t.Record.Withdrawal?.ConflictEnded,
                Source = t.Record.Source.Citation,
                t.Note,
            }),
            tx);
    }

    private static async Task InsertProcessAsync(DbConnection c, DbTransaction tx, ReferenceData data)
    {
        await c.ExecuteAsync(
            """
            INSERT INTO events (id, name, kind, start_date, end_date, city, country_iso3, outcome, source, position)
            VALUES (@Id, @Name, @Kind, @Start, @End, @City, @Country, @Outcome, @Source, @Position)
            """,
            data.Events.Select((e, i) => new
            {
                e.Id,
                e.Name,
                Kind = WireName.Of(e.Kind),
                e.Start,
                e.End,
                e.City,
                Country = e.Country?.Value,
                e.Outcome,
                Source = e.Source.Citation,
                Position = i,
            }),
            tx);
        await c.ExecuteAsync(
            """
            INSERT INTO event_figures (event_id, figure, value, qualifier, source, note)
            VALUES (@EventId, @Figure, @Value, @Qualifier, @Source, @Note)
            """,
            data.Figures.Select(f => new
            {
                f.EventId,
                Figure = WireName.Of(f.Figure),
                f.Value,
                Qualifier = WireName.Of(f.Qualifier),
                Source = f.Source.Citation,
                f.Note,
            }),
            tx);
        await c.ExecuteAsync(
            "INSERT INTO declarations (id, name, event_id, adopted_on, source) VALUES (@Id, @Name, @EventId, @AdoptedOn, @Source)",
            data.Declarations.Select(d => new { d.Id, d.Name, d.EventId, d.AdoptedOn, Source = d.Source.Citation }),
            tx);
        await c.ExecuteAsync(
            "INSERT INTO participation (iso3, subject, relation, source, note) VALUES (@Iso3, @Subject, @Relation, @Source, @Note)",
            data.Participation.Select(p => new
            {
                Iso3 = p.Iso3.Value,
                p.Subject,
                Relation = WireName.Of(p.Relation),
                Source = p.Source.Citation,
                p.Note,
            }),
            tx);
    }

    public Task<IReadOnlyList<State>> StatesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<State>>(
            async c => [.. (await c.QueryAsync<StateRow>("SELECT * FROM states ORDER BY iso3")).Select(r => r.ToState())], ct);

    public Task<IReadOnlyList<StateAlias>> AliasesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StateAlias>>(
            async c => [.. (await c.QueryAsync<AliasRow>("SELECT iso3, alias, kind, source FROM state_aliases ORDER BY iso3, alias"))
                .Select(r => new StateAlias(Iso3.Parse(r.Iso3), r.Alias, WireName.Parse<AliasKind>(r.Kind), Source.FromStore(r.Source)))],
            ct);

    public Task<IReadOnlyList<TreatyEntry>> TreatyRecordsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<TreatyEntry>>(
            async c => [.. (await c.QueryAsync<TreatyRow>("SELECT * FROM treaty_records ORDER BY iso3")).Select(r => r.ToRecord())], ct);

    public Task<IReadOnlyList<TreatyEvent>> EventsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<TreatyEvent>>(
            async c => [.. (await c.QueryAsync<EventRow>("SELECT * FROM events ORDER BY position")).Select(r => r.ToEvent())], ct);

    public Task<IReadOnlyList<EventFigure>> EventFiguresAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<EventFigure>>(
            async c => [.. (await c.QueryAsync<FigureRow>("SELECT event_id, figure, value, qualifier, source, note FROM event_figures ORDER BY id"))
                .Select(r => new EventFigure(r.EventId, WireName.Parse<FigureKind>(r.Figure), r.Value, WireName.Parse<Qualifier>(r.Qualifier), Source.FromStore(r.Source), r.Note))],
            ct);

    public Task<IReadOnlyList<Declaration>> DeclarationsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Declaration>>(
            // Undated first on both databases: SQLite sorts NULLs first by default, PostgreSQL last.
            async c => [.. (await c.QueryAsync<DeclarationRow>("SELECT id, name, event_id, adopted_on, source FROM declarations ORDER BY adopted_on NULLS FIRST, id"))
                .Select(r => new Declaration(r.Id, r.Name, r.EventId, r.AdoptedOn, Source.FromStore(r.Source)))],
            ct);

    /// <summary>Everything known of one state's participation, in the order of the events and declarations.</summary>
    public Task<IReadOnlyList<Participation>> ParticipationOfAsync(Iso3 iso3, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Participation>>(
            async c => [.. (await c.QueryAsync<ParticipationRow>(
                    """
                    SELECT p.iso3, p.subject, p.relation, p.source, p.note
                    FROM participation p
                    LEFT JOIN declarations d ON d.id = p.subject
                    LEFT JOIN events e ON e.id = COALESCE(d.event_id, p.subject)
                    WHERE p.iso3 = @iso3
                    ORDER BY e.position, p.subject, p.relation, p.id
                    """,
                    new { iso3 = iso3.Value }))
                .Select(r => new Participation(Iso3.Parse(r.Iso3), r.Subject, WireName.Parse<ParticipationRelation>(r.Relation), Source.FromStore(r.Source), r.Note))],
            ct);

    /// <summary>Everything known of the states' part in one event and the declarations adopted there.</summary>
    public Task<IReadOnlyList<Participation>> ParticipationInAsync(string eventId, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Participation>>(
            async c => [.. (await c.QueryAsync<ParticipationRow>(
                    """
                    SELECT p.iso3, p.subject, p.relation, p.source, p.note
                    FROM participation p
                    LEFT JOIN declarations d ON d.id = p.subject
                    WHERE p.subject = @eventId OR d.event_id = @eventId
                    ORDER BY p.subject, p.relation, p.iso3, p.id
                    """,
                    new { eventId }))
                .Select(r => new Participation(Iso3.Parse(r.Iso3), r.Subject, WireName.Parse<ParticipationRelation>(r.Relation), Source.Parse(r.Source), r.Note))],
            ct);

#pragma warning disable CA1812, S3459 // instantiated by Dapper
    private sealed class StateRow
    {
        public string Iso3 { get; set; } = "";

        public string Iso2 { get; set; } = "";

        public string M49 { get; set; } = "";

        public string Name { get; set; } = "";

        public string FormalName { get; set; } = "";

        public string UnStatus { get; set; } = "";

        public string? UnRegionalGroup { get; set; }

        public string Region { get; set; } = "";

        public string? SubRegion { get; set; }

        public string Source { get; set; } = "";

        public State ToState() => new(
            Core.States.Iso3.Parse(Iso3), Iso2.Trim(), M49, Name, FormalName, WireName.Parse<UnStatus>(UnStatus),
            UnRegionalGroup, Region, SubRegion, Core.Provenance.Source.FromStore(Source));
    }

    private sealed record AliasRow(string Iso3, string Alias, string Kind, string Source);

    private sealed class TreatyRow
    {
        public string Iso3 { get; set; } = "";

        public DateOnly? Signed { get; set; }

        public DateOnly? Deposited { get; set; }

        public string? Instrument { get; set; }

        public DateOnly? ProvisionalApplication { get; set; }

        public DateOnly? WithdrawalReceived { get; set; }

        public bool WithdrawalArmedConflict { get; set; }

        public DateOnly? WithdrawalConflictEnded { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public TreatyEntry ToRecord() => new(
            new TreatyRecord(
                Core.States.Iso3.Parse(Iso3),
                Signed,
                Deposited,
                Instrument is null ? null : WireName.Parse<Instrument>(Instrument),
                ProvisionalApplication,
                WithdrawalReceived is { } w ? new Withdrawal(w, WithdrawalArmedConflict, WithdrawalConflictEnded) : null,
                Core.Provenance.Source.FromStore(Source)),
            Note);
    }

    private sealed class EventRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string Kind { get; set; } = "";

        public DateOnly? StartDate { get; set; }

        public DateOnly? EndDate { get; set; }

        public string? City { get; set; }

        public string? CountryIso3 { get; set; }

        public string? Outcome { get; set; }

        public string Source { get; set; } = "";

        public TreatyEvent ToEvent() => new(
            Id, Name, WireName.Parse<EventKind>(Kind), StartDate, EndDate, City,
            CountryIso3 is null ? null : Core.States.Iso3.Parse(CountryIso3), Outcome, Core.Provenance.Source.FromStore(Source));
    }

    private sealed class FigureRow
    {
        public string EventId { get; set; } = "";

        public string Figure { get; set; } = "";

        public int Value { get; set; }

        public string Qualifier { get; set; } = "";

        public string Source { get; set; } = "";

        public string? Note { get; set; }
    }

    private sealed class DeclarationRow
    {
        public string Id { get; set; } = "";

        public string Name { get; set; } = "";

        public string? EventId { get; set; }

        public DateOnly? AdoptedOn { get; set; }

        public string Source { get; set; } = "";
    }

    private sealed record ParticipationRow(string Iso3, string Subject, string Relation, string Source, string? Note);
#pragma warning restore CA1812, S3459
}

