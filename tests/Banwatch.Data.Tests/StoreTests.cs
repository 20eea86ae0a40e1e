using Banwatch.Core;
using Banwatch.Core.Intake;
using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Data.Import;
using Banwatch.Testing;
using Dapper;

namespace Banwatch.Data.Tests;

/// <summary>
/// The storage suite, written once and bound to each provider by a one-line class below (Dapper's habit).
/// Each test gets a fresh empty database.
/// </summary>
public abstract class StoreTests : IAsyncLifetime
{
    private ITestDatabase? _database;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private BanwatchDb? _db;

    protected BanwatchDb Db => _db ?? throw new InvalidOperationException("not initialised");

    public async ValueTask InitializeAsync()
    {
        _database = await CreateDatabaseAsync();
        _db = await BanwatchDb.OpenAsync(DbTarget.Parse(_database.Url), TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _db?.Dispose();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Migrations_run_once_and_record_their_version()
    {
        var versions = await Db.ReadAsync(c => c.QueryAsync<int>("SELECT version FROM schema_version"), Ct);
        var prefix = $"migrations/{Db.Dialect.MigrationsFolder}/";
        var scripts = typeof(BanwatchDb).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal))
            .Select(n => int.Parse(n[prefix.Length..].Split('_')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(scripts.Order(), versions.Order());
        Assert.Contains(3, versions);
        using var again = await BanwatchDb.OpenAsync(Db.Target, Ct);
        Assert.Equal(versions.Order(), (await Db.ReadAsync(c => c.QueryAsync<int>("SELECT version FROM schema_version"), Ct)).Order());
    }

    [Fact]
    public async Task Reference_data_reads_back_as_loaded()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.True(await Db.LoadReferenceDataAsync(data, ct: Ct));

        var states = await Db.StatesAsync(Ct);
        Assert.Equal(data.States.OrderBy(s => s.Iso3), states);
        Assert.Equal(data.Aliases.Count, (await Db.AliasesAsync(Ct)).Count);
        var treaty = await Db.TreatyRecordsAsync(Ct);
        Assert.Equal(data.Treaty.OrderBy(t => t.Record.Iso3).Select(t => t.Record), treaty.Select(t => t.Record));
        Assert.Equal(data.Events, await Db.EventsAsync(Ct));
        Assert.Equal(data.Figures, await Db.EventFiguresAsync(Ct));
        Assert.Equal(data.Declarations.OrderBy(d => d.Id), (await Db.DeclarationsAsync(Ct)).OrderBy(d => d.Id));
        Assert.Equal(await Db.ReferenceDataHashAsync(Ct), data.ContentHash);
    }

    [Fact]
    public async Task Loading_the_same_content_twice_is_a_no_op()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.True(await Db.LoadReferenceDataAsync(data, ct: Ct));
        Assert.False(await Db.LoadReferenceDataAsync(data, ct: Ct));
        Assert.Equal(data.States.Count, (await Db.StatesAsync(Ct)).Count);
    }

    [Fact]
    public async Task A_failed_load_leaves_the_previous_data_in_place()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, ct: Ct);

        // Same content with a different hash and a participation row the database refuses (unknown state).
        var broken = data with
        {
            ContentHash = "broken",
            Participation = [.. data.Participation, data.Participation[0] with { Iso3 = Iso3.Parse("XYZ") }],
        };
        await Assert.ThrowsAnyAsync<Exception>(() => Db.LoadReferenceDataAsync(broken, ct: Ct));

        Assert.Equal(data.ContentHash, await Db.ReferenceDataHashAsync(Ct));
        Assert.Equal(data.States.Count, (await Db.StatesAsync(Ct)).Count);
        Assert.Equal(data.Participation.Count, await Db.ReadAsync(c => c.ExecuteScalarAsync<int>("SELECT COUNT(*) FROM participation"), Ct));
    }

    [Fact]
    public async Task Participation_comes_in_the_order_of_the_events()
    {
        await Db.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), ct: Ct);
        var gbr = await Db.ParticipationOfAsync(Iso3.Parse("GBR"), Ct);
        var subjects = gbr.Select(p => p.Subject).Distinct().ToList();
        Assert.True(subjects.IndexOf("oslo-declaration") < subjects.IndexOf("wellington-declaration"), string.Join(", ", subjects));
        Assert.Contains(gbr, p => p.Relation == ParticipationRelation.Endorsed && p.Subject == "wellington-declaration");
    }

    [Fact]
    public async Task Dates_round_trip_exactly()
    {
        await Db.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), ct: Ct);
        var vut = (await Db.TreatyRecordsAsync(Ct)).Single(t => t.Record.Iso3.Value == "VUT").Record;
        Assert.Equal(new DateOnly(2025, 9, 5), vut.Deposited);
        Assert.Null(vut.Signed);
    }

    [Fact]
    public async Task Obligations_research_reads_back_as_loaded()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, ct: Ct);
        Assert.Equal(
            data.Obligations.OrderBy(o => o.Iso3).ThenBy(o => WireName.Of(o.Kind), StringComparer.Ordinal),
            await Db.ObligationRecordsAsync(Ct));
        Assert.Equal(data.Reports.OrderBy(r => r.Iso3).ThenBy(r => r.SubmittedOn), await Db.Article7ReportsAsync(Ct));
    }

    [Fact]
    public async Task Updates_people_add_survive_a_reload_in_the_order_added()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, ct: Ct);
        var first = new ObligationUpdate(Iso3.Parse("LAO"), ObligationKind.Clearance, null, null, new DateOnly(2030, 8, 1), "12msp-2024", null, Source.Parse("https://example.org/a"), "granted");
        var second = new ObligationUpdate(Iso3.Parse("NOR"), ObligationKind.AnnualReport, 2024, ReportedDate.Parse("2025-04"), null, null, null, Source.Parse("https://example.org/b"), null);
        var ids = new[] { await Db.AddObligationUpdateAsync(first, DateTimeOffset.UnixEpoch, ct: Ct), await Db.AddObligationUpdateAsync(second, DateTimeOffset.UnixEpoch, ct: Ct) };
        Assert.True(ids[1] > ids[0]);

        Assert.True(await Db.LoadReferenceDataAsync(data with { ContentHash = "reloaded" }, ct: Ct));

        Assert.Equal([first, second], await Db.ObligationUpdatesAsync(Ct));
    }

    [Fact]
    public async Task A_failed_load_leaves_the_obligations_research_in_place()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        await Db.LoadReferenceDataAsync(data, ct: Ct);
        var broken = data with { ContentHash = "broken", Reports = [.. data.Reports, data.Reports[0] with { Iso3 = Iso3.Parse("XYZ") }] };
        await Assert.ThrowsAnyAsync<Exception>(() => Db.LoadReferenceDataAsync(broken, ct: Ct));
        Assert.Equal(data.Reports.Count, (await Db.Article7ReportsAsync(Ct)).Count);
        Assert.Equal(data.Obligations.Count, (await Db.ObligationRecordsAsync(Ct)).Count);
    }
}

/// <summary>Documents, search and the review queue, on both providers.</summary>
public abstract class DocumentStoreTests : StoreTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static NewDocument Sample(string hash = "hash-1")
    {
        const string text = "Norway hosted the Oslo Conference. The Wellington Declaration was endorsed by Ghana.";
        var document = new TextDocument("sample.txt", text, "Sample report", SourceUrl.Parse("https://example.org/report"), new DateOnly(2008, 2, 22));
        var first = new TextSpan(0, 34);
        var second = new TextSpan(35, text.Length);
        var nor = new Mention(Iso3.Parse("NOR"), new TextSpan(0, 6), AliasKind.Name, first);
        var gha = new Mention(Iso3.Parse("GHA"), new TextSpan(text.IndexOf("Ghana", StringComparison.Ordinal), text.Length - 1), AliasKind.Name, second);
        var facts = new List<Fact>
        {
            new(FactKind.Chaired, nor.State, first, nor.Span, new TextSpan(7, 13)),
            new(FactKind.Endorsed, gha.State, second, gha.Span, gha.Span, LearnedScore: 0.63),
            new(FactKind.Position, gha.State, second, gha.Span, new TextSpan(70, 78), PositionIssue.Process, Stance.Support),
        };
        var figures = new List<Figure> { new(82, FigureWhat.StatesEndorsing, Qualifier.Exact, "Wellington Declaration", new TextSpan(35, 40), second) };
        return new NewDocument(hash, "txt", new Extraction(document, [first, second], [nor, gha], figures, facts));
    }

    private async Task LoadStatesAsync() => await Db.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), ct: Ct);

    [Fact]
    public async Task A_document_is_stored_once_with_its_facts_waiting_for_review()
    {
        await LoadStatesAsync();
        var (id, added) = await Db.AddDocumentAsync(Sample(), ct: Ct);
        Assert.True(added);
        var (again, addedAgain) = await Db.AddDocumentAsync(Sample(), ct: Ct);
        Assert.False(addedAgain);
        Assert.Equal(id, again);

        var pending = await Db.FactsAsync(Review.Pending, ct: Ct);
        Assert.Equal(3, pending.Count);
        var position = Assert.Single(pending, f => f.Kind == "position");
        Assert.Equal(("process", "support"), (position.Issue, position.Stance));
        var learned = Assert.Single(pending, f => f.Kind == "endorsed");
        Assert.Null(learned.Issue);
        // A fact the learned model proposed keeps its score; the rules' facts have none.
        Assert.Equal(0.63, learned.LearnedScore);
        Assert.Null(position.LearnedScore);
        Assert.Equal("The Wellington Declaration was endorsed by Ghana.", position.Evidence);
        Assert.Equal("https://example.org/report", position.SourceUrl);
        var stored = (await Db.DocumentAsync(id, Ct))!.Value;
        Assert.Equal(new DateOnly(2008, 2, 22), stored.Summary.Published);
        Assert.Equal(position.Evidence, stored.Text[position.EvidenceStart..position.EvidenceEnd]);
    }

    [Fact]
    public async Task The_queue_can_be_read_by_who_proposed_the_facts()
    {
        await LoadStatesAsync();
        await Db.AddDocumentAsync(Sample(), ct: Ct);

        Assert.Equal(["endorsed"], (await Db.FactsAsync(Review.Pending, origin: FactOrigin.Learned, ct: Ct)).Select(f => f.Kind));
        Assert.Equal(["chaired", "position"], (await Db.FactsAsync(Review.Pending, origin: FactOrigin.Rules, ct: Ct)).Select(f => f.Kind).Order());
        Assert.Equal(1, await Db.FactCountAsync(Review.Pending, origin: FactOrigin.Learned, ct: Ct));
        Assert.Equal(2, await Db.FactCountAsync(origin: FactOrigin.Rules, ct: Ct));
        Assert.Equal(3, await Db.FactCountAsync(ct: Ct));
    }

    [Fact]
    public async Task Search_finds_documents_and_marks_the_words()
    {
        await LoadStatesAsync();
        var (id, _) = await Db.AddDocumentAsync(Sample(), ct: Ct);
        var (other, _) = await Db.AddDocumentAsync(Sample("hash-2") with { Format = "md" }, ct: Ct);
        var hits = await Db.SearchAsync("Wellington Declaration", 10, ct: Ct);
        Assert.Equal([id, other], hits.Select(h => h.Id).Order());
        Assert.Contains($"{BanwatchDb.HighlightStart}Wellington{BanwatchDb.HighlightEnd}", hits[0].Snippet);
        Assert.Equal(new DateOnly(2008, 2, 22), hits[0].Published);
        Assert.Equal(2, await Db.SearchCountAsync("Wellington Declaration", Ct));
        Assert.Equal([hits[1].Id], (await Db.SearchAsync("Wellington Declaration", 10, offset: 1, Ct)).Select(h => h.Id));
        Assert.Empty(await Db.SearchAsync("Vientiane", 10, ct: Ct));
        Assert.Equal(0, await Db.SearchCountAsync("Vientiane", Ct));
        Assert.Empty(await Db.SearchAsync("\"unbalanced AND (", 10, ct: Ct));
    }

    [Fact]
    public async Task Reviewed_facts_keep_their_decision()
    {
        await LoadStatesAsync();
        var (id, _) = await Db.AddDocumentAsync(Sample(), ct: Ct);
        var facts = await Db.FactsAsync(ct: Ct);
        var chaired = facts.Single(f => f.Kind == "chaired").Id;
        var endorsed = facts.Single(f => f.Kind == "endorsed").Id;
        var audit = new Audit("ana", "2026-12-01T10:00:00Z");
        Assert.Equal([chaired], await Db.ReviewAsync([chaired, 999_999], Review.Accepted, audit, Ct));
        await Db.ReviewAsync([endorsed], Review.Rejected, audit with { Actor = "ben" }, Ct);
        var position = facts.Single(f => f.Kind == "position").Id;
        Assert.Equal([position], await Db.AcceptAllAsync(id, audit, Ct));
        var log = await Db.AuditAsync(null, null, 10, ct: Ct);
        Assert.Equal(["fact-accepted", "fact-rejected", "fact-accepted"], log.Select(a => a.Action));
        Assert.Equal(("ben", $"fact #{endorsed} (endorsed GHA, document #{id})", "pending", "rejected"), (log[1].Actor, log[1].Subject, log[1].Before, log[1].After));
        Assert.Single(await Db.AuditAsync(null, "ben", 10, ct: Ct));

        await Db.AddDocumentAsync(Sample(), ct: Ct);
        var after = await Db.FactsAsync(ct: Ct);
        Assert.Equal(("rejected", "ben", "2026-12-01T10:00:00Z"), after.Single(f => f.Id == endorsed) is { } e ? (e.Review, e.ReviewedBy, e.ReviewedAt) : default);
        Assert.Equal("ana", after.Single(f => f.Id == position).ReviewedBy);
        Assert.All(after.Where(f => f.Review == "pending"), f => Assert.Null(f.ReviewedBy));
        Assert.Equal(2, after.Count(f => f.Review == "accepted"));
        Assert.Equal(["NOR"], (await Db.FactsAsync(Review.Accepted, iso3: "NOR", ct: Ct)).Select(f => f.Iso3));
    }

    [Fact]
    public async Task Documents_list_newest_first_with_their_counts_and_extracted_items()
    {
        await LoadStatesAsync();
        var (first, _) = await Db.AddDocumentAsync(Sample(), ct: Ct);
        var (second, _) = await Db.AddDocumentAsync(Sample("hash-2"), ct: Ct);
        Assert.Equal(2, await Db.DocumentCountAsync(Ct));
        var page = await Db.DocumentsAsync(limit: 1, offset: 0, Ct);
        var newest = Assert.Single(page);
        Assert.Equal(second, newest.Id);
        Assert.Equal((2, 3, 3), (newest.Mentions, newest.Facts, newest.Pending));
        Assert.Equal([first], (await Db.DocumentsAsync(limit: 10, offset: 1, Ct)).Select(d => d.Id));

        var mentions = await Db.MentionsAsync(first, ct: Ct);
        Assert.Equal(["NOR", "GHA"], mentions.Select(m => m.Iso3));
        Assert.Equal((0, 6), (mentions[0].Start, mentions[0].End));
        var figure = Assert.Single(await Db.FiguresAsync(first, ct: Ct));
        Assert.Equal((82, "states_endorsing", 35, 40), (figure.Value, figure.What, figure.Start, figure.End));
    }

    [Fact]
    public async Task Facts_come_a_page_at_a_time_with_the_count_of_all()
    {
        await LoadStatesAsync();
        var (id, _) = await Db.AddDocumentAsync(Sample(), ct: Ct);
        var all = await Db.FactsAsync(Review.Pending, id, ct: Ct);
        Assert.Equal(3, await Db.FactCountAsync(Review.Pending, id, ct: Ct));
        Assert.Equal(all.Skip(1).Take(1).Select(f => f.Id), (await Db.FactsAsync(Review.Pending, id, limit: 1, offset: 1, ct: Ct)).Select(f => f.Id));
        Assert.Equal(0, await Db.FactCountAsync(Review.Accepted, ct: Ct));
        var chaired = all.Single(f => f.Kind == "chaired");
        Assert.Equal((0, 6), (chaired.MentionStart, chaired.MentionEnd));
    }

    [Fact]
    public async Task Reloading_reference_data_keeps_documents_that_refer_to_states()
    {
        await LoadStatesAsync();
        await Db.AddDocumentAsync(Sample(), ct: Ct);
        var changed = CsvImport.Read(DataFolder.Shipped) with { ContentHash = "changed" };
        Assert.True(await Db.LoadReferenceDataAsync(changed, ct: Ct));
        Assert.Equal(3, (await Db.FactsAsync(ct: Ct)).Count);
    }

    [Fact]
    public async Task People_and_tokens_are_kept_with_their_changes_in_the_audit_log()
    {
        var audit = new Audit("local:root", "2026-12-01T10:00:00Z");
        Assert.True(await Db.AddUserAsync("ana", Core.Accounts.Role.Editor, audit, Ct));
        Assert.False(await Db.AddUserAsync("ana", Core.Accounts.Role.Admin, audit, Ct));
        var token = await Db.AddTokenAsync("ana", "hash-1", Core.Accounts.TokenScope.Write, "2027-01-01T00:00:00Z", audit, Ct);
        Assert.Null(await Db.AddTokenAsync("nobody", "hash-2", Core.Accounts.TokenScope.Read, null, audit, Ct));
        Assert.Equal(("ana", "editor", "write", false), await Db.TokenAsync("hash-1", Ct) is { } t ? (t.User, t.UserRole, t.Scope, t.UserDisabled) : default);
        Assert.True(await Db.ChangeUserAsync("ana", null, disable: true, audit, Ct));
        Assert.True((await Db.TokenAsync("hash-1", Ct))!.UserDisabled);
        Assert.True(await Db.RevokeTokenAsync(token!.Value, audit, Ct));
        Assert.NotNull((await Db.TokenAsync("hash-1", Ct))!.RevokedAt);
        Assert.False(await Db.RevokeTokenAsync(999, audit, Ct));
        Assert.Equal(
            ["token-revoked", "user-disabled", "token-created", "user-added"],
            (await Db.AuditAsync(null, "local:root", 10, ct: Ct)).Select(a => a.Action));
        Assert.Equal(("role=editor", "role=editor, disabled"), (await Db.AuditAsync(null, null, 10, ct: Ct))[1] is { } d ? (d.Before, d.After) : default);
    }

    [Fact]
    public async Task The_audit_log_cannot_be_changed_or_emptied()
    {
        await Db.AddUserAsync("ana", Core.Accounts.Role.Editor, new Audit("root", "2026-12-01T10:00:00Z"), Ct);
        await Assert.ThrowsAnyAsync<Exception>(() => Db.WriteAsync((c, tx) => Dapper.SqlMapper.ExecuteAsync(c, "UPDATE audit_log SET actor = 'eve'", transaction: tx), Ct));
        await Assert.ThrowsAnyAsync<Exception>(() => Db.WriteAsync((c, tx) => Dapper.SqlMapper.ExecuteAsync(c, "DELETE FROM audit_log", transaction: tx), Ct));
        Assert.Equal(("root", "user:ana"), Assert.Single(await Db.AuditAsync(null, null, 10, ct: Ct)) is { } e ? (e.Actor, e.Record) : default);
    }
}

public sealed class SqliteStoreTests : DocumentStoreTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStoreTests : DocumentStoreTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
