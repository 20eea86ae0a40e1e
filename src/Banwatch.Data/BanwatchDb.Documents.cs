using System.Data.Common;
using Banwatch.Core;
using Banwatch.Core.Intake;
using Dapper;

namespace Banwatch.Data;

/// <summary>A document to store with what extraction found in it.</summary>
public sealed record NewDocument(string ContentHash, string Format, Extraction Extraction);

/// <summary>A stored document, without its text. (Init properties: Dapper fills them whatever integer width the database returns.)</summary>
public sealed record DocumentSummary
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string Format { get; init; } = "";

    public string? Title { get; init; }

    public string? SourceUrl { get; init; }

    public DateOnly? Published { get; init; }

    public string IngestedAt { get; init; } = "";

    public int Characters { get; init; }

    /// <summary>State mentions found in it.</summary>
    public int Mentions { get; init; }

    /// <summary>Facts extracted from it, whatever their review.</summary>
    public int Facts { get; init; }

    /// <summary>Of those, the facts still waiting for a person.</summary>
    public int Pending { get; init; }
}

/// <summary>Where a state is named in a document: [Start, End) in its text.</summary>
public sealed record StoredMention
{
    public string Iso3 { get; init; } = "";

    public int Start { get; init; }

    public int End { get; init; }
}

/// <summary>How many times one document names a state, with the document's dates: one point of "mentions over time".</summary>
public sealed record DocumentMentionCount
{
    public long DocumentId { get; init; }

    public string Document { get; init; } = "";

    public DateOnly? Published { get; init; }

    public string IngestedAt { get; init; } = "";

    public int Mentions { get; init; }
}

/// <summary>A figure found in a document: the number as written at [Start, End), in the sentence [EvidenceStart, EvidenceEnd).</summary>
public sealed record StoredFigure
{
    public long Id { get; init; }

    public int Value { get; init; }

    public string What { get; init; } = "";

    public string Qualifier { get; init; } = "";

    public string? Event { get; init; }

    public int Start { get; init; }

    public int End { get; init; }

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }
}

/// <summary>A search hit; the snippet marks matched words with <see cref="BanwatchDb.HighlightStart"/> and <see cref="BanwatchDb.HighlightEnd"/>.</summary>
public sealed record SearchHit
{
    public long Id { get; init; }

    public string Name { get; init; } = "";

    public string? Title { get; init; }

    public DateOnly? Published { get; init; }

    public string Snippet { get; init; } = "";
}

/// <summary>A fact in the review queue or in the record, with its evidence sentence and where it is in the document.</summary>
public sealed record StoredFact
{
    public long Id { get; init; }

    public long DocumentId { get; init; }

    public string DocumentName { get; init; } = "";

    public string? DocumentTitle { get; init; }

    public string? SourceUrl { get; init; }

    public DateOnly? DocumentPublished { get; init; }

    public string Kind { get; init; } = "";

    public string Iso3 { get; init; } = "";

    public string? Issue { get; init; }

    public string? Stance { get; init; }

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }

    /// <summary>The state's name as the document writes it, at [MentionStart, MentionEnd).</summary>
    public int MentionStart { get; init; }

    public int MentionEnd { get; init; }

    public string Evidence { get; init; } = "";

    /// <summary>The meeting the fact concerns, as the document writes it, and the record's event it is filed under when known.</summary>
    public string? Meeting { get; init; }

    public string? EventId { get; init; }

    public string? Declaration { get; init; }

    /// <summary>The date the fact concerns (YYYY-MM-DD or YYYY-MM): stated with it, else the document's publication date.</summary>
    public string? Date { get; init; }

    /// <summary>The amount pledged, as written.</summary>
    public string? Amount { get; init; }

    /// <summary>The learned model's score (0–1) when it proposed the fact; null when the rules found it.</summary>
    public double? LearnedScore { get; init; }

    public string Review { get; init; } = "";

    /// <summary>When a person accepted or rejected it (ISO 8601, UTC); null while pending.</summary>
    public string? ReviewedAt { get; init; }

    /// <summary>Who accepted or rejected it, from the audit log; null while pending (or reviewed before the log named records).</summary>
    public string? ReviewedBy { get; init; }

    /// <summary>The document's other sentences stating the same fact, in text order.</summary>
    public IReadOnlyList<StoredPlace> OtherPlaces { get; init; } = [];
}

/// <summary>Another sentence of a fact's document stating it: the sentence and the state's name there, as offsets into the text.</summary>
public sealed record StoredPlace(int EvidenceStart, int EvidenceEnd, int MentionStart, int MentionEnd)
{
    /// <summary>"120-245", as a CSV cell shows it.</summary>
    public override string ToString() => $"{EvidenceStart}-{EvidenceEnd}";
}

public enum Review
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>Who proposed a fact: the rules (a cue matched) or the learned model (no cue matched; it has a score).</summary>
public enum FactOrigin
{
    Rules,
    Learned,
}

/// <summary>Documents, their extracted items and the review queue.</summary>
public sealed partial class BanwatchDb
{
    /// <summary>Marks around matched words in search snippets; the CLI and the web turn them into their own highlighting.</summary>
    public const char HighlightStart = '\u0002';

    public const char HighlightEnd = '\u0003';

    /// <summary>
    /// Stores a document with its mentions, figures and facts (pending review), in one transaction. Returns the
    /// document's id and whether it was new: the same content (by hash) is stored once, whatever its file name.
    /// </summary>
    public Task<(long Id, bool Added)> AddDocumentAsync(NewDocument document, Audit? audit = null, CancellationToken ct = default) =>
        AuditedAsync<(long Id, bool Added)>(
            audit,
            (stored, a) => stored.Added
                ? [a with { Action = "document-added", Subject = $"document #{stored.Id} ({document.Extraction.Document.Name})", Record = $"document:{stored.Id}", After = $"{document.Extraction.Facts.Count} facts pending; sha256 {document.ContentHash}" }]
                : [],
            async (c, tx) =>
            {
                var existing = await c.QuerySingleOrDefaultAsync<long?>(
                    "SELECT id FROM documents WHERE content_hash = @ContentHash", new { document.ContentHash }, tx);
                if (existing is { } id)
                {
                    return (id, false);
                }

                var x = document.Extraction;
                var d = x.Document;
                id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO documents (content_hash, name, format, title, source_url, published, text, ingested_at)
                    VALUES (@ContentHash, @Name, @Format, @Title, @SourceUrl, @Published, @Text, @At)
                    RETURNING id
                    """,
                    new { document.ContentHash, d.Name, document.Format, d.Title, SourceUrl = d.SourceUrl?.Value, d.Published, d.Text, At = DateTime.UtcNow.ToString("O") },
                    tx);
                await Dialect.IndexDocumentAsync(c, tx, id, d.Title, d.Text);
                await c.ExecuteAsync(
                    "INSERT INTO document_mentions (document_id, iso3, start_at, end_at) VALUES (@id, @Iso3, @Start, @End)",
                    x.Mentions.Select(m => new { id, Iso3 = m.State.Value, m.Span.Start, m.Span.End }),
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO document_figures (document_id, value, what, qualifier, event, start_at, end_at, evidence_start, evidence_end)
                    VALUES (@id, @Value, @What, @Qualifier, @Event, @Start, @End, @EvidenceStart, @EvidenceEnd)
                    """,
                    x.Figures.Select(f => new
                    {
                        id,
                        f.Value,
                        What = IntakeNames.Of(f.What),
                        Qualifier = WireName.Of(f.Qualifier),
                        f.Event,
                        f.Span.Start,
                        f.Span.End,
                        EvidenceStart = f.Sentence.Start,
                        EvidenceEnd = f.Sentence.End,
                    }),
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO facts (document_id, kind, iso3, issue, stance, evidence_start, evidence_end, mention_start, mention_end, evidence,
                                       meeting, event_id, declaration, stated_on, amount, learned_score)
                    VALUES (@id, @Kind, @Iso3, @Issue, @Stance, @EvidenceStart, @EvidenceEnd, @MentionStart, @MentionEnd, @Evidence,
                            @Meeting, @EventId, @Declaration, @Date, @Amount, @LearnedScore)
                    ON CONFLICT DO NOTHING
                    """,
                    x.Facts.Select(f => (f, k: StoredFactKey.Of(f))).Select(p => new
                    {
                        id,
                        p.k.Kind,
                        p.k.Iso3,
                        p.k.Issue,
                        p.k.Stance,
                        EvidenceStart = p.f.Sentence.Start,
                        EvidenceEnd = p.f.Sentence.End,
                        MentionStart = p.f.Mention.Start,
                        MentionEnd = p.f.Mention.End,
                        Evidence = p.f.Sentence.Of(d.Text),
                        p.f.About?.Meeting,
                        p.f.About?.EventId,
                        p.f.About?.Declaration,
                        Date = p.f.About?.Date?.ToString(),
                        p.f.About?.Amount,
                        p.f.LearnedScore,
                    }),
                    tx);
                // The fact's key (its document, kind, state, first sentence, issue, stance) is unique, so its places find it by that.
                await c.ExecuteAsync(
                    """
                    INSERT INTO fact_places (fact_id, evidence_start, evidence_end, mention_start, mention_end)
                    SELECT f.id, @EvidenceStart, @EvidenceEnd, @MentionStart, @MentionEnd FROM facts f
                    WHERE f.document_id = @id AND f.kind = @Kind AND f.iso3 = @Iso3 AND f.evidence_start = @FactStart AND f.issue = @Issue AND f.stance = @Stance
                    """,
                    x.Facts.Where(f => f.Also is not null).SelectMany(f => f.Also!.Select(p => (Key: StoredFactKey.Of(f), FactStart: f.Sentence.Start, Place: p))).Select(q => new
                    {
                        id,
                        q.Key.Kind,
                        q.Key.Iso3,
                        q.Key.Issue,
                        q.Key.Stance,
                        q.FactStart,
                        EvidenceStart = q.Place.Sentence.Start,
                        EvidenceEnd = q.Place.Sentence.End,
                        MentionStart = q.Place.Mention.Start,
                        MentionEnd = q.Place.Mention.End,
                    }),
                    tx);
                return (id, true);
            },
            ct);

    public Task<IReadOnlyList<string>> DocumentHashesAsync(CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<string>>(async c => [.. await c.QueryAsync<string>("SELECT content_hash FROM documents")], ct);

    /// <summary>The newest documents first.</summary>
    public Task<IReadOnlyList<DocumentSummary>> DocumentsAsync(int limit, int offset, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<DocumentSummary>>(
            async c => [.. await c.QueryAsync<DocumentSummary>($"{DocumentColumns} ORDER BY d.id DESC LIMIT @limit OFFSET @offset", new { limit, offset })],
            ct);

    public Task<int> DocumentCountAsync(CancellationToken ct = default) =>
        ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT count(*) FROM documents"), ct);

    public Task<(DocumentSummary Summary, string Text)?> DocumentAsync(long id, CancellationToken ct = default) =>
        ReadAsync<(DocumentSummary, string)?>(
            async c =>
            {
                var summary = await c.QuerySingleOrDefaultAsync<DocumentSummary>($"{DocumentColumns} WHERE d.id = @id", new { id });
                return summary is null ? null : (summary, await c.QuerySingleAsync<string>("SELECT text FROM documents WHERE id = @id", new { id }));
            },
            ct);

    /// <summary>The states a document names that start in [<paramref name="from"/>, <paramref name="to"/>) of its text.</summary>
    public Task<IReadOnlyList<StoredMention>> MentionsAsync(long documentId, int from = 0, int to = int.MaxValue, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredMention>>(
            async c => [.. await c.QueryAsync<StoredMention>(
                """
                SELECT iso3, start_at AS Start, end_at AS End FROM document_mentions
                WHERE document_id = @documentId AND start_at >= @from AND start_at < @to
                ORDER BY start_at
                """,
                new { documentId, from, to })],
            ct);

    /// <summary>The documents that name a state, with how often, in the order they were stored.</summary>
    public Task<IReadOnlyList<DocumentMentionCount>> MentionCountsAsync(string iso3, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<DocumentMentionCount>>(
            async c => [.. await c.QueryAsync<DocumentMentionCount>(
                """
                SELECT d.id AS DocumentId, coalesce(d.title, d.name) AS Document, d.published, d.ingested_at AS IngestedAt, m.mentions
                FROM (SELECT document_id, count(*) AS mentions FROM document_mentions WHERE iso3 = @iso3 GROUP BY document_id) m
                JOIN documents d ON d.id = m.document_id
                ORDER BY d.id
                """,
                new { iso3 })],
            ct);

    /// <summary>The figures found in a document that start in [<paramref name="from"/>, <paramref name="to"/>) of its text.</summary>
    public Task<IReadOnlyList<StoredFigure>> FiguresAsync(long documentId, int from = 0, int to = int.MaxValue, CancellationToken ct = default) =>
        ReadAsync<IReadOnlyList<StoredFigure>>(
            async c => [.. await c.QueryAsync<StoredFigure>(
                """
                SELECT id, value, what, qualifier, event, start_at AS Start, end_at AS End, evidence_start AS EvidenceStart, evidence_end AS EvidenceEnd
                FROM document_figures WHERE document_id = @documentId AND start_at >= @from AND start_at < @to ORDER BY start_at, id
                """,
                new { documentId, from, to })],
            ct);

    /// <summary>The facts found in a document whose state is named in [<paramref name="from"/>, <paramref name="to"/>) of its text, in text order.</summary>
    public Task<IReadOnlyList<StoredFact>> DocumentFactsAsync(long documentId, int from = 0, int to = int.MaxValue, CancellationToken ct = default) =>
        ReadAsync(
            async c => await WithPlacesAsync(c, await c.QueryAsync<StoredFact>(
                $"""
                {FactColumns}
                WHERE f.document_id = @documentId AND f.mention_start >= @from AND f.mention_start < @to
                ORDER BY f.evidence_start, f.kind, f.iso3
                """,
                new { documentId, from, to })),
            ct);

    /// <summary>Full-text search: FTS5 on SQLite, tsvector on PostgreSQL; best matches first.</summary>
    public Task<IReadOnlyList<SearchHit>> SearchAsync(string query, int limit, int offset = 0, CancellationToken ct = default) =>
        ReadAsync(c => Dialect.SearchAsync(c, query, limit, offset), ct);

    /// <summary>How many documents <see cref="SearchAsync"/> finds in all.</summary>
    public Task<int> SearchCountAsync(string query, CancellationToken ct = default) =>
        ReadAsync(c => Dialect.SearchCountAsync(c, query), ct);

    /// <summary>
    /// Facts in document order, filtered by review, document, state and origin (null: any), at most
    /// <paramref name="limit"/> (null: all) from <paramref name="offset"/>.
    /// </summary>
    public Task<IReadOnlyList<StoredFact>> FactsAsync(
        Review? review = null, long? documentId = null, string? iso3 = null, int? limit = null, int offset = 0, FactOrigin? origin = null, CancellationToken ct = default) =>
        ReadAsync(
            async c => await WithPlacesAsync(c, await c.QueryAsync<StoredFact>(
                $"""
                {FactColumns}
                {FactFilter}
                ORDER BY f.document_id, f.evidence_start, f.kind, f.iso3
                LIMIT @limit OFFSET @offset
                """,
                new { review = review is { } r ? WireName.Of(r) : null, documentId, iso3, learned = Learned(origin), limit = limit ?? int.MaxValue, offset })),
            ct);

    /// <summary>Fills in each fact's other places, a few hundred facts to a statement (SQLite caps the parameters of one).</summary>
    private async Task<IReadOnlyList<StoredFact>> WithPlacesAsync(DbConnection c, IEnumerable<StoredFact> read)
    {
        var facts = read.ToList();
        var places = new List<PlaceRow>();
        foreach (var ids in facts.Select(f => f.Id).Chunk(500))
        {
            places.AddRange(await c.QueryAsync<PlaceRow>(
                $"""
                SELECT fact_id AS FactId, evidence_start AS EvidenceStart, evidence_end AS EvidenceEnd, mention_start AS MentionStart, mention_end AS MentionEnd
                FROM fact_places WHERE {Dialect.InList("fact_id", "@ids")} ORDER BY evidence_start
                """,
                new { ids }));
        }

        if (places.Count == 0)
        {
            return facts;
        }

        var byFact = places.ToLookup(p => p.FactId, p => new StoredPlace(p.EvidenceStart, p.EvidenceEnd, p.MentionStart, p.MentionEnd));
        return [.. facts.Select(f => byFact.Contains(f.Id) ? f with { OtherPlaces = [.. byFact[f.Id]] } : f)];
    }

    public Task<int> FactCountAsync(Review? review = null, long? documentId = null, string? iso3 = null, FactOrigin? origin = null, CancellationToken ct = default) =>
        ReadAsync(
            c => c.ExecuteScalarAsync<int>(
                $"SELECT count(*) FROM facts f {FactFilter}",
                new { review = review is { } r ? WireName.Of(r) : null, documentId, iso3, learned = Learned(origin) }),
            ct);

    /// <summary>The origin as the filter's <c>@learned</c>: 1 for the model's facts, 0 for the rules', null for both.</summary>
    private static int? Learned(FactOrigin? origin) => origin switch
    {
        FactOrigin.Learned => 1,
        FactOrigin.Rules => 0,
        _ => null,
    };

    /// <summary>Sets the review of the named facts; returns the ids that exist (the others are reported by the caller).</summary>
    public Task<IReadOnlyList<long>> ReviewAsync(IReadOnlyList<long> ids, Review review, Audit audit, CancellationToken ct = default) =>
        WriteAsync<IReadOnlyList<long>>(
            async (c, tx) =>
            {
                var found = (await c.QueryAsync<ReviewedFact>(
                    $"SELECT id, document_id AS DocumentId, kind, iso3, review FROM facts WHERE {Dialect.InList("id", "@ids")}", new { ids = ids.ToArray() }, tx)).ToList();
                await c.ExecuteAsync(
                    $"UPDATE facts SET review = @review, reviewed_at = @At WHERE {Dialect.InList("id", "@found")}",
                    new { review = WireName.Of(review), audit.At, found = found.Select(f => f.Id).ToArray() },
                    tx);
                await AppendReviewsAsync(c, tx, found, WireName.Of(review), audit);
                return [.. found.Select(f => f.Id)];
            },
            ct);

    /// <summary>Accepts every pending fact of a document and returns their ids; rejected ones stay rejected.</summary>
    public Task<IReadOnlyList<long>> AcceptAllAsync(long documentId, Audit audit, CancellationToken ct = default) =>
        WriteAsync<IReadOnlyList<long>>(
            async (c, tx) =>
            {
                // The review before is known ('pending'), and not selected as a literal: SQLite gives a literal no type when no row comes back.
                var accepted = (await c.QueryAsync<(long Id, long DocumentId, string Kind, string Iso3)>(
                    """
                    UPDATE facts SET review = 'accepted', reviewed_at = @At WHERE document_id = @documentId AND review = 'pending'
                    RETURNING id, document_id, kind, iso3
                    """,
                    new { documentId, audit.At },
                    tx)).Select(f => new ReviewedFact(f.Id, f.DocumentId, f.Kind, f.Iso3, "pending")).ToList();
                await AppendReviewsAsync(c, tx, accepted, "accepted", audit);
                return [.. accepted.Select(f => f.Id)];
            },
            ct);

    /// <summary>One audit entry per fact reviewed, in the review's transaction: "fact-accepted", with the review before and after.</summary>
    private static Task<int> AppendReviewsAsync(DbConnection c, DbTransaction tx, IEnumerable<ReviewedFact> facts, string review, Audit audit) =>
        AppendAsync(
            c,
            tx,
            facts.Select(f => audit with { Action = $"fact-{review}", Subject = $"fact #{f.Id} ({f.Kind} {f.Iso3}, document #{f.DocumentId})", Record = $"fact:{f.Id}", State = f.Iso3, Before = f.Review, After = review }));

    private sealed record ReviewedFact(long Id, long DocumentId, string Kind, string Iso3, string Review);

#pragma warning disable CA1812 // instantiated by Dapper
    private sealed class PlaceRow
    {
        public long FactId { get; set; }

        public int EvidenceStart { get; set; }

        public int EvidenceEnd { get; set; }

        public int MentionStart { get; set; }

        public int MentionEnd { get; set; }
    }
#pragma warning restore CA1812

    private const string FactColumns =
        """
        SELECT f.id, f.document_id AS DocumentId, d.name AS DocumentName, d.title AS DocumentTitle, d.source_url AS SourceUrl, d.published AS DocumentPublished,
               f.kind, f.iso3, NULLIF(f.issue, '') AS Issue, NULLIF(f.stance, '') AS Stance,
               f.evidence_start AS EvidenceStart, f.evidence_end AS EvidenceEnd, f.mention_start AS MentionStart, f.mention_end AS MentionEnd,
               f.evidence, f.meeting, f.event_id AS EventId, f.declaration, f.stated_on AS Date, f.amount, f.learned_score AS LearnedScore, f.review, f.reviewed_at AS ReviewedAt,
               (SELECT a.actor FROM audit_log a WHERE a.record = 'fact:' || f.id ORDER BY a.id DESC LIMIT 1) AS ReviewedBy
        FROM facts f JOIN documents d ON d.id = f.document_id
        """;

    private const string FactFilter =
        """
        WHERE (@review IS NULL OR f.review = @review)
          AND (@documentId IS NULL OR f.document_id = @documentId)
          AND (@iso3 IS NULL OR f.iso3 = @iso3)
          AND (@learned IS NULL OR (CASE WHEN f.learned_score IS NULL THEN 0 ELSE 1 END) = @learned)
        """;

    // The counts are correlated subqueries over indexed keys: one statement per page, whatever its length.
    private const string DocumentColumns =
        """
        SELECT d.id, d.name, d.format, d.title, d.source_url AS SourceUrl, d.published, d.ingested_at AS IngestedAt, length(d.text) AS Characters,
               (SELECT count(*) FROM document_mentions m WHERE m.document_id = d.id) AS Mentions,
               (SELECT count(*) FROM facts f WHERE f.document_id = d.id) AS Facts,
               (SELECT count(*) FROM facts f WHERE f.document_id = d.id AND f.review = 'pending') AS Pending
        FROM documents d
        """;
}

/// <summary>A fact's key columns as stored (no issue or stance: empty, so the unique key holds), written once for the fact and its places.</summary>
internal readonly record struct StoredFactKey(string Kind, string Iso3, string Issue, string Stance)
{
    public static StoredFactKey Of(Fact f) =>
        new(IntakeNames.Of(f.Kind), f.State.Value, f.Issue is { } i ? IntakeNames.Of(i) : "", f.Stance is { } s ? IntakeNames.Of(s) : "");
}
