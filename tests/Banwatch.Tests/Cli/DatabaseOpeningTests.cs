using Banwatch.Data.Import;
using Banwatch.Testing;
using Microsoft.Data.Sqlite;

namespace Banwatch.Tests.Cli;

/// <summary>Where the database is and what opening it does: no folder made up, a new one announced, reference data loaded only when asked.</summary>
public sealed class DatabaseOpeningTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private readonly List<string> _folders = [];

    private CliRunner Cli => new(_database.Url);

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        foreach (var folder in _folders)
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_database_in_a_folder_that_does_not_exist_is_refused_and_no_folder_is_made()
    {
        var folder = Path.Combine(Path.GetDirectoryName(_database.Url)!, "no", "such");

        var result = await new CliRunner(Path.Combine(folder, "x.db")).RunAsync("status");

        Assert.Equal(5, result.ExitCode); // missing_file
        Assert.Equal($"error: --db: folder {folder} does not exist (create it first, or check the path)", result.Error.Trim());
        Assert.False(Directory.Exists(folder));
    }

    [Fact]
    public async Task A_new_database_in_an_existing_folder_is_created_and_announced_once()
    {
        var first = (await Cli.RunAsync("status", "--format", "csv")).Succeeded();
        Assert.Equal($"banwatch: created a new database at {_database.Url}", first.Error.Trim());

        Assert.Equal("", (await Cli.RunAsync("status", "--format", "csv")).Succeeded().Error);
    }

    [Fact]
    public async Task Data_load_says_what_it_loaded_per_table_then_that_nothing_changed()
    {
        var loaded = (await Cli.RunAsync("data", "load")).Succeeded();
        Assert.Contains($"{_database.Url}: loaded the reference data of ", loaded.Out);
        Assert.Contains($"({CsvImport.Files.Count} files, content ", loaded.Out);
        Assert.Matches(@"states\s+197", loaded.Out);
        Assert.Matches(@"treaty_records\s+\d+", loaded.Out);

        var again = (await Cli.RunAsync("data", "load")).Succeeded();
        Assert.Contains(": unchanged, already holds the reference data of ", again.Out);
    }

    [Fact]
    public async Task Data_load_from_a_folder_that_does_not_exist_is_one_missing_file_line()
    {
        var missing = Path.Combine(Path.GetDirectoryName(_database.Url)!, "no-such-data");

        var result = await Cli.RunAsync("data", "load", "--from", missing);

        Assert.Equal(5, result.ExitCode);
        Assert.Equal($"error: --from: folder {missing} does not exist", result.Error.Trim().Split('\n')[^1]);
    }

    [Fact]
    public async Task An_ordinary_command_does_not_rewrite_stored_reference_data_and_says_it_differs()
    {
        (await Cli.RunAsync("status")).Succeeded();
        var hash = await ReferenceHashAsync();
        var edited = Keep(DataFolder.CopyWith(CsvImport.Aliases, text => text + "NOR,Norge,alias,https://example.org/norge\n"));

        var status = (await new CliRunner(_database.Url) { DataFolder = edited }.RunAsync("status", "--state", "NOR", "--format", "csv")).Succeeded();

        Assert.Contains("differs from this database's; 'banwatch data load' loads it", status.Error);
        Assert.Equal(hash, await ReferenceHashAsync());
        Assert.Contains(": loaded the reference data of ", (await new CliRunner(_database.Url) { DataFolder = edited }.RunAsync("data", "load")).Succeeded().Out);
        Assert.NotEqual(hash, await ReferenceHashAsync());
    }

    [Fact]
    public async Task Dropping_a_state_that_documents_mention_is_one_conflict_line_and_other_commands_still_work()
    {
        var docs = Keep(Directory.CreateTempSubdirectory("banwatch-docs-").FullName);
        await File.WriteAllTextAsync(Path.Combine(docs, "tuvalu.txt"), "source: https://example.org/tuvalu\nTuvalu attended the meeting in Dublin.", TestContext.Current.CancellationToken);
        (await Cli.RunAsync("ingest", docs)).Succeeded();
        var withoutTuvalu = Keep(WithoutState("TUV"));

        var load = await new CliRunner(_database.Url) { DataFolder = withoutTuvalu }.RunAsync("data", "load");

        Assert.Equal(7, load.ExitCode); // conflict
        var line = Assert.Single(load.Error.Trim().Split('\n'));
        Assert.StartsWith("error: the reference data no longer lists TUV (Tuvalu, ", line, StringComparison.Ordinal);
        Assert.Contains("nothing was changed", line);
        var status = (await new CliRunner(_database.Url) { DataFolder = withoutTuvalu }.RunAsync("status", "--state", "Tuvalu", "--format", "csv")).Succeeded();
        Assert.Contains("TUV,", status.Out);
    }

    /// <summary>A copy of the shipped data without any row that names <paramref name="iso3"/> as a field.</summary>
    private static string WithoutState(string iso3)
    {
        var folder = Directory.CreateTempSubdirectory("banwatch-data-").FullName;
        foreach (var source in Directory.GetFiles(DataFolder.Shipped, "*.csv"))
        {
            var lines = File.ReadAllLines(source).Where(l => !l.Split(',').Contains(iso3, StringComparer.Ordinal));
            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(source)), lines);
        }

        return folder;
    }

    private string Keep(string folder)
    {
        _folders.Add(folder);
        return folder;
    }

    private async Task<string?> ReferenceHashAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={_database.Url}");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new SqliteCommand("SELECT value FROM meta WHERE key = 'reference_data_hash'", connection);
        return (string?)await command.ExecuteScalarAsync(TestContext.Current.CancellationToken);
    }
}
