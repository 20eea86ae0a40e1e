using System.Data.Common;
using Banwatch.Core;
using Banwatch.Core.Obligations;
using Banwatch.Core.Provenance;
using Dapper;

namespace Banwatch.Data;

/// <summary>
/// The obligations tables: researched Art. 3/4 records and Art. 7 reports (reference data, replaced with it), and
/// the updates people add, which no reload touches.
/// </summary>
public sealed partial class BanwatchDb
{
    // Before the states and events they refer to.
    private static Task<int> DeleteObligationReferenceAsync(DbConnection c, DbTransaction tx) =>
        c.ExecuteAsync("DELETE FROM article7_reports; DELETE FROM obligation_records;", transaction: tx);

    private static async Task InsertObligationReferenceAsync(DbConnection c, DbTransaction tx, ReferenceData data)
    {
        await c.ExecuteAsync(
            """
            INSERT INTO obligation_records (iso3, kind, applies, completed_on, published_deadline, extended_deadline,
                extension_granted_at, hostilities_ended, source, note)
            VALUES (@Iso3, @Kind, @Applies, @CompletedOn, @PublishedDeadline, @ExtendedDeadline,
                @ExtensionGrantedAt, @HostilitiesEnded, @Source, @Note)
            """,
            data.Obligations.Select(r => new
            {
                Iso3 = r.Iso3.Value,
                Kind = WireName.Of(r.Kind),
                r.Applies,
                CompletedOn = r.Completed?.ToString(),
                r.PublishedDeadline,
                r.ExtendedDeadline,
                r.ExtensionGrantedAt,
                r.HostilitiesEnded,
                Source = r.Source.Citation,
                r.Note,
            }),
            tx);
        await c.ExecuteAsync(
            "INSERT INTO article7_reports (iso3, kind, year_covered, submitted_on, source) VALUES (@Iso3, @Kind, @YearCovered, @SubmittedOn, @Source)",
            data.Reports.Select(r => new { Iso3 = r.Iso3.Value, Kind = WireName.Of(r.Kind), r.YearCovered, r.SubmittedOn, Source = r.Source.Citation }),
            tx);
    }

    public Task<IReadOnlyList<ObligationRecord>> ObligationRecordsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<ObligationRecord>>(
            async c => [.. (await c.QueryAsync<ObligationRecordRow>("SELECT * FROM obligation_records ORDER BY iso3, kind")).Select(r => r.ToRecord())],
            ct);

    public Task<IReadOnlyList<Article7Report>> Article7ReportsAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<Article7Report>>(
            async c => [.. (await c.QueryAsync<ReportRow>("SELECT iso3, kind, year_covered, submitted_on, source FROM article7_reports ORDER BY iso3, submitted_on, id"))
                .Select(r => new Article7Report(Core.States.Iso3.Parse(r.Iso3), WireName.Parse<ReportKind>(r.Kind), r.YearCovered, r.SubmittedOn, Source.FromStore(r.Source)))],
            ct);

    /// <summary>Every update people added, in the order added: later ones override earlier ones.</summary>
    public Task<IReadOnlyList<ObligationUpdate>> ObligationUpdatesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<ObligationUpdate>>(
            async c => [.. (await c.QueryAsync<ObligationUpdateRow>("SELECT * FROM obligation_updates ORDER BY id")).Select(r => r.ToUpdate())],
            ct);

    /// <summary>Stores one update in its own transaction and returns its id.</summary>
    public Task<long> AddObligationUpdateAsync(ObligationUpdate update, DateTimeOffset addedAt, Audit? audit = null, CancellationToken ct = default) =>
        AuditedAsync(
            audit,
            (id, a) => [a with
            {
                Action = "obligation-updated",
                Subject = $"obligation update #{id} ({update.Iso3} {WireName.Of(update.Kind)})",
                Record = $"obligation-update:{id}",
                State = update.Iso3.Value,
                After = $"{(update.Completed is { } done ? $"completed {done}" : "")}{(update.ExtendedDeadline is { } ext ? $" extended to {ext}" : "")}; source {update.Source.Citation}",
            }],
            (c, tx) => c.ExecuteScalarAsync<long>(
                """
                INSERT INTO obligation_updates (iso3, kind, year_covered, completed_on, extended_deadline, extension_granted_at,
                    published_deadline, source, note, added_at)
                VALUES (@Iso3, @Kind, @YearCovered, @CompletedOn, @ExtendedDeadline, @ExtensionGrantedAt,
                    @PublishedDeadline, @Source, @Note, @AddedAt)
                RETURNING id
                """,
                new
                {
                    Iso3 = update.Iso3.Value,
                    Kind = WireName.Of(update.Kind),
                    update.YearCovered,
                    CompletedOn = update.Completed?.ToString(),
                    update.ExtendedDeadline,
                    update.ExtensionGrantedAt,
                    update.PublishedDeadline,
                    Source = update.Source.Citation,
                    update.Note,
                    AddedAt = addedAt.UtcDateTime.ToString("O"),
                },
                tx),
            ct);

#pragma warning disable CA1812, S3459 // instantiated by Dapper
    private sealed class ObligationRecordRow
    {
        public string Iso3 { get; set; } = "";

        public string Kind { get; set; } = "";

        public bool Applies { get; set; }

        public string? CompletedOn { get; set; }

        public DateOnly? PublishedDeadline { get; set; }

        public DateOnly? ExtendedDeadline { get; set; }

        public string? ExtensionGrantedAt { get; set; }

        public DateOnly? HostilitiesEnded { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public ObligationRecord ToRecord() => new(
            Core.States.Iso3.Parse(Iso3), WireName.Parse<ObligationKind>(Kind), Applies, CompletedOn is null ? null : ReportedDate.Parse(CompletedOn),
            PublishedDeadline, ExtendedDeadline, ExtensionGrantedAt, HostilitiesEnded, Core.Provenance.Source.FromStore(Source), Note);
    }

    private sealed class ReportRow
    {
        public string Iso3 { get; set; } = "";

        public string Kind { get; set; } = "";

        public int? YearCovered { get; set; }

        public DateOnly SubmittedOn { get; set; }

        public string Source { get; set; } = "";
    }

    private sealed class ObligationUpdateRow
    {
        public string Iso3 { get; set; } = "";

        public string Kind { get; set; } = "";

        public int? YearCovered { get; set; }

        public string? CompletedOn { get; set; }

        public DateOnly? ExtendedDeadline { get; set; }

        public string? ExtensionGrantedAt { get; set; }

        public DateOnly? PublishedDeadline { get; set; }

        public string Source { get; set; } = "";

        public string? Note { get; set; }

        public ObligationUpdate ToUpdate() => new(
            Core.States.Iso3.Parse(Iso3), WireName.Parse<ObligationKind>(Kind), YearCovered, CompletedOn is null ? null : ReportedDate.Parse(CompletedOn),
            ExtendedDeadline, ExtensionGrantedAt, PublishedDeadline, Core.Provenance.Source.FromStore(Source), Note);
    }
#pragma warning restore CA1812, S3459
}
