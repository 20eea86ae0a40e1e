using Banwatch.Core.Accounts;
using Banwatch.Core.Failures;
using Banwatch.Data.Import;
using Banwatch.Testing;
using Dapper;

namespace Banwatch.Data.Tests;

/// <summary>The copy's table list against each database's schema, bound to each provider below.</summary>
public abstract class CopyTableListTests : IAsyncLifetime
{
    private ITestDatabase? _database;
    private BanwatchDb? _db;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    private BanwatchDb Db => _db ?? throw new InvalidOperationException("not initialised");

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

    [Fact]
    public async Task Every_table_of_the_schema_is_copied_or_named_as_kept_by_each_database()
    {
        var tables = await Db.ReadAsync(c => Db.Dialect.TablesAsync(c), TestContext.Current.CancellationToken);
        Assert.Equal(
            tables.Order(StringComparer.Ordinal),
            BanwatchDb.CopiedTables.Select(t => t.Name).Concat(BanwatchDb.UncopiedTables).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Tables_are_copied_after_the_tables_they_refer_to()
    {
        var references = await Db.ReadAsync(
            c => c.QueryAsync<(string Table, string Parent)>(Db.Target.Provider == DbProvider.Sqlite
                ? "SELECT t.name, f.\"table\" FROM pragma_table_list t, pragma_foreign_key_list(t.name) f WHERE t.schema = 'main' AND t.type = 'table'"
                : """
                  SELECT c.conrelid::regclass::text, c.confrelid::regclass::text FROM pg_constraint c
                  WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace
                  """),
            TestContext.Current.CancellationToken);
        var order = BanwatchDb.CopiedTables.Select(t => t.Name).ToList();
        Assert.NotEmpty(references);
        Assert.All(references, r => Assert.True(order.IndexOf(r.Parent) < order.IndexOf(r.Table), $"{r.Table} refers to {r.Parent}, copied after it"));
    }
}

public sealed class SqliteCopyTableListTests : CopyTableListTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresCopyTableListTests : CopyTableListTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}

/// <summary>Copies between SQLite and PostgreSQL: a fresh database of each per test (the PostgreSQL ones skip without a server).</summary>
public sealed class CopyTests : IAsyncLifetime
{
    private readonly List<ITestDatabase> _databases = [];
    private readonly List<BanwatchDb> _opened = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        foreach (var db in _opened)
        {
            db.Dispose();
        }

        foreach (var database in _databases)
        {
            await database.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_database_copied_to_PostgreSQL_and_back_has_the_same_rows_and_hashes()
    {
        var sqlite = await UsedSqliteAsync();
        var postgres = await OpenAsync(await PostgresTestDatabase.CreateAsync());
        var back = await OpenAsync(new SqliteTestDatabase());

        var there = await sqlite.CopyToAsync(postgres, replace: false, audit: null, progress: null, Ct);
        var again = await postgres.CopyToAsync(back, replace: false, audit: null, progress: null, Ct);

        Assert.All(there.Tables.Concat(again.Tables), t => Assert.True(t.Matches, t.Table));
        var original = await sqlite.DigestAsync(Ct);
        Assert.Equal(original, await postgres.DigestAsync(Ct));
        Assert.Equal(original, await back.DigestAsync(Ct));
        Assert.All(original.Where(t => t.Table is "documents" or "facts" or "position_entries" or "campaign_actions" or "category_updates" or "users" or "api_tokens" or "audit_log"), t => Assert.True(t.Rows > 0, t.Table));

        // Identities continue after the copied keys, and the full-text index holds the copied documents.
        await postgres.AddUserAsync("after-copy", Core.Accounts.Role.Reader, new Audit("ana", "2026-12-01T12:00:00Z"), Ct);
        Assert.Equal(original.Single(t => t.Table == "audit_log").Rows + 1, (await postgres.AuditAsync(null, null, 1000, ct: Ct)).Count);
        Assert.Equal(1, await back.SearchCountAsync("Wellington", Ct));
    }

    [Fact]
    public async Task A_target_holding_peoples_work_is_refused_and_left_as_it_was()
    {
        var source = await UsedSqliteAsync();
        var target = await OpenAsync(new SqliteTestDatabase());
        await target.AddUserAsync("bea", Role.Editor, new Audit("local:me", "2026-12-01T10:00:00Z"), Ct);
        var before = await target.DigestAsync(Ct);

        var refused = await Assert.ThrowsAsync<BanwatchException>(() => source.CopyToAsync(target, replace: false, audit: null, progress: null, Ct));

        Assert.Equal(FailureKind.Conflict, refused.Kind);
        Assert.Contains("already holds people's work (users: 1 rows, audit_log: 1 rows)", refused.Message, StringComparison.Ordinal);
        Assert.Contains("--replace", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, await target.DigestAsync(Ct));
    }

    [Fact]
    public async Task Replace_empties_the_target_append_only_log_included_and_keeps_the_log_append_only()
    {
        var source = await UsedSqliteAsync();
        var target = await OpenAsync(await PostgresTestDatabase.CreateAsync());
        await target.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), ct: Ct);
        await target.AddUserAsync("bea", Role.Editor, new Audit("local:me", "2026-12-01T10:00:00Z"), Ct);

        var result = await source.CopyToAsync(target, replace: true, audit: new Audit("local:me", "2026-12-01T11:00:00Z", "database-copied", "database"), progress: null, Ct);

        Assert.True(result.Replaced);
        Assert.Equal(
            (await source.DigestAsync(Ct)).Where(t => t.Table != "audit_log"),
            (await target.DigestAsync(Ct)).Where(t => t.Table != "audit_log"));
        Assert.DoesNotContain("bea", (await target.UsersAsync(Ct)).Select(u => u.Name));
        var log = await target.AuditAsync(null, null, 1000, ct: Ct);
        Assert.Equal("database-copied", log[0].Action);
        Assert.Contains("users 1", log[0].After, StringComparison.Ordinal);
        Assert.Equal((await source.AuditAsync(null, null, 1000, ct: Ct)).Select(a => (a.Id, a.Action)), log.Skip(1).Select(a => (a.Id, a.Action)));
        await Assert.ThrowsAnyAsync<Exception>(() => target.WriteAsync((c, tx) => c.ExecuteAsync("DELETE FROM audit_log", transaction: tx), Ct));
    }

    [Fact]
    public async Task A_target_at_another_schema_version_is_refused_naming_both()
    {
        var source = await UsedSqliteAsync();
        var target = await OpenAsync(new SqliteTestDatabase());
        await target.WriteAsync((c, tx) => c.ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (9999, '9999_future.sql', 'now')", transaction: tx), Ct);
        var current = (await source.SchemaVersionsAsync(Ct))[^1];

        var refused = await Assert.ThrowsAsync<BanwatchException>(() => source.CopyToAsync(target, replace: true, audit: null, progress: null, Ct));

        Assert.Equal(FailureKind.Conflict, refused.Kind);
        Assert.Contains($"is at schema version {current} and the target {target.Target.Display} at 9999", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_row_the_target_refuses_mid_copy_leaves_the_target_as_it_was()
    {
        var source = await UsedSqliteAsync();
        await source.WriteAsync((c, tx) => c.ExecuteAsync("UPDATE campaign_actions SET action_date = 'soon'", transaction: tx), Ct);
        var target = await OpenAsync(await PostgresTestDatabase.CreateAsync());
        await (await UsedSqliteAsync()).CopyToAsync(target, replace: false, audit: null, progress: null, Ct);
        var before = await target.DigestAsync(Ct);

        var failed = await Assert.ThrowsAsync<BanwatchException>(() => source.CopyToAsync(target, replace: true, audit: null, progress: null, Ct));

        Assert.Contains("table campaign_actions, row 1: action_date 'soon'", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, await target.DigestAsync(Ct));
    }

    [Fact]
    public async Task A_row_the_target_database_rejects_names_its_table_and_leaves_nothing_written()
    {
        var source = await UsedSqliteAsync();
        await source.WriteAsync((c, tx) => c.ExecuteAsync("UPDATE position_entries SET iso3 = 'JPNX'", transaction: tx), Ct);
        var target = await OpenAsync(await PostgresTestDatabase.CreateAsync());
        var before = await target.DigestAsync(Ct);

        var failed = await Assert.ThrowsAsync<BanwatchException>(() => source.CopyToAsync(target, replace: false, audit: null, progress: null, Ct));

        Assert.Equal(FailureKind.Conflict, failed.Kind);
        Assert.Contains("table position_entries, row 1: the target refused it (22001: value too long for type character(3))", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, await target.DigestAsync(Ct));
    }

    [Fact]
    public async Task A_value_the_target_stores_otherwise_fails_the_verification_and_nothing_is_written()
    {
        // PostgreSQL pads a CHAR(3) value of two letters with a space; SQLite's TEXT keeps it as given.
        var source = await UsedSqliteAsync();
        await source.WriteAsync((c, tx) => c.ExecuteAsync("UPDATE position_entries SET iso3 = 'JP'", transaction: tx), Ct);
        var target = await OpenAsync(await PostgresTestDatabase.CreateAsync());
        var before = await target.DigestAsync(Ct);

        var failed = await Assert.ThrowsAsync<CopyMismatchException>(() => source.CopyToAsync(target, replace: false, audit: null, progress: null, Ct));

        Assert.Equal(["position_entries"], failed.Tables.Where(t => !t.Matches).Select(t => t.Table));
        Assert.Equal(FailureKind.Unexpected, failed.Kind);
        Assert.Contains("does not match its source in position_entries; nothing was written", failed.Message, StringComparison.Ordinal);
        Assert.Equal(before, await target.DigestAsync(Ct));
    }

    [Fact]
    public async Task A_copy_cancelled_mid_way_leaves_the_target_as_it_was()
    {
        var source = await UsedSqliteAsync();
        var target = await OpenAsync(new SqliteTestDatabase());
        await target.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), ct: Ct);
        await target.AddUserAsync("bea", Role.Editor, new Audit("local:me", "2026-12-01T10:00:00Z"), Ct);
        var before = await target.DigestAsync(Ct);
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var stopAtFacts = new StopAt("facts", cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => source.CopyToAsync(target, replace: true, audit: null, stopAtFacts, cancel.Token));

        Assert.Equal(before, await target.DigestAsync(Ct));
    }

    private sealed class StopAt(string table, CancellationTokenSource cancel) : IProgress<CopyProgress>
    {
        public void Report(CopyProgress value)
        {
            if (value.Table == table)
            {
                cancel.Cancel();
            }
        }
    }

    private async Task<BanwatchDb> OpenAsync(ITestDatabase database)
    {
        _databases.Add(database);
        var db = await BanwatchDb.OpenAsync(DbTarget.Parse(database.Url), Ct);
        _opened.Add(db);
        return db;
    }

    /// <summary>
    /// A SQLite database as a team leaves it: reference data, a document with its mentions, figures and reviewed facts,
    /// records people added (dates, booleans, text with accents), people, a token and the audit log.
    /// </summary>
    private async Task<BanwatchDb> UsedSqliteAsync()
    {
        var db = await OpenAsync(new SqliteTestDatabase());
        await db.LoadReferenceDataAsync(CsvImport.Read(DataFolder.Shipped), ct: Ct);
        var audit = new Audit("local:me", "2026-12-01T10:00:00Z");
        await db.AddUserAsync("ana", Role.Admin, audit, Ct);
        await db.AddTokenAsync("ana", "hash-1", TokenScope.Write, "2027-01-01T00:00:00Z", audit, Ct);
        await db.WriteAsync(
            async (c, tx) =>
            {
                const string text = "Wellington, 22 February 2008. Côte d'Ivoire and Norway endorsed the Wellington Declaration.";
                var id = await c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO documents (content_hash, name, format, title, source_url, published, text, ingested_at)
                    VALUES ('h1', 'w.txt', 'txt', 'Wellington', 'https://example.org/w', @published, @text, '2026-12-01T10:00:00Z') RETURNING id
                    """,
                    new { published = new DateOnly(2008, 2, 22), text },
                    tx);
                await db.Dialect.IndexDocumentAsync(c, tx, id, "Wellington", text);
                await c.ExecuteAsync("INSERT INTO document_mentions (document_id, iso3, start_at, end_at) VALUES (@id, 'CIV', 30, 43), (@id, 'NOR', 48, 54)", new { id }, tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO document_figures (document_id, value, what, qualifier, event, start_at, end_at, evidence_start, evidence_end)
                    VALUES (@id, 22, 'states_endorsing', 'exact', NULL, 12, 14, 0, 29)
                    """,
                    new { id },
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO facts (document_id, kind, iso3, evidence_start, evidence_end, mention_start, mention_end, evidence, review, reviewed_at, stated_on)
                    VALUES (@id, 'endorsed', 'CIV', 30, 93, 30, 43, 'Côte d''Ivoire and Norway endorsed', 'accepted', '2026-12-01T10:01:00Z', '2008-02'),
                           (@id, 'endorsed', 'NOR', 30, 93, 48, 54, 'Côte d''Ivoire and Norway endorsed', 'rejected', '2026-12-01T10:02:00Z', NULL)
                    """,
                    new { id },
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO position_entries (iso3, issue, stance, said_on, source, note, added_at)
                    VALUES ('JPN', 'transition', 'weaken', @said, 'https://example.org/j', 'ß and é', '2026-12-01T10:03:00Z')
                    """,
                    new { said = new DateOnly(2007, 12, 7) },
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO category_updates (iso3, category, listed, as_of, source, added_at)
                    VALUES ('MMR', 'producer', @listed, '2025-09', 'https://example.org/m', '2026-12-01T10:04:00Z')
                    """,
                    new { listed = false },
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO campaign_actions (iso3, kind, action_date, organisation, summary, follow_up, added_at)
                    VALUES ('NOR', 'letter', @on, 'CMC', 'Wrote to the minister', @follow, '2026-12-01T10:05:00Z')
                    """,
                    new { on = new DateOnly(2026, 11, 2), follow = new DateOnly(2027, 1, 15) },
                    tx);
                await c.ExecuteAsync(
                    """
                    INSERT INTO obligation_updates (iso3, kind, year_covered, completed_on, source, added_at)
                    VALUES ('NOR', 'annual_report', 2024, '2025-04-29', 'https://example.org/n', '2026-12-01T10:06:00Z')
                    """,
                    transaction: tx);
                return 0;
            },
            Ct);
        await db.ReviewAsync([1], Review.Accepted, audit, Ct);
        return db;
    }
}
