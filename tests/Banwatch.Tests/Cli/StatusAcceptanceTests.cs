using System.Text.Json;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Issue 3's acceptance, as a new user checks it: counts that agree with the UN Treaty Collection on the
/// days that matter. Written once, run on SQLite and on PostgreSQL.
/// </summary>
public abstract class StatusAcceptanceTests : CliOnEachDatabase
{
    private async Task<JsonElement> CountsAsync(string asOf)
    {
        var result = (await Cli.RunAsync("status", "--as-of", asOf, "--format", "json")).Succeeded();
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(asOf, json.GetProperty("as_of").GetString());
        return json.GetProperty("counts");
    }

    [Theory]
    [InlineData("2026-02-03", 111, 1, 12, 1)]
    [InlineData("2010-08-01", 30, 8, 70, 0)]
    [InlineData("2010-02-16", 0, 30, 74, 0)]
    [InlineData("2008-12-31", 0, 4, 90, 0)]
    public async Task Counts_agree_with_the_UN_Treaty_Collection(string asOf, int parties, int bound, int signatories, int withdrawn)
    {
        var counts = await CountsAsync(asOf);
        Assert.Equal(parties, counts.GetProperty("state_party").GetInt32());
        Assert.Equal(bound, counts.GetProperty("bound_not_in_force").GetInt32());
        Assert.Equal(signatories, counts.GetProperty("signatory").GetInt32());
        Assert.Equal(withdrawn, counts.GetProperty("withdrawn").GetInt32());
        Assert.Equal(197, counts.EnumerateObject().Sum(p => p.Value.GetInt32()));
    }

    [Fact]
    public async Task Vanuatu_is_bound_but_not_yet_a_party_on_3_February_2026_and_Lithuania_has_withdrawn()
    {
        var result = (await Cli.RunAsync("status", "--as-of", "2026-02-03", "--format", "json")).Succeeded();
        var states = JsonDocument.Parse(result.Out).RootElement.GetProperty("states").EnumerateArray().ToDictionary(s => s.GetProperty("iso3").GetString()!);
        Assert.Equal("bound_not_in_force", states["VUT"].GetProperty("status").GetString());
        Assert.Equal("2026-03-01", states["VUT"].GetProperty("entry_into_force").GetString());
        Assert.Equal("accession", states["VUT"].GetProperty("instrument").GetString());
        Assert.Equal("withdrawn", states["LTU"].GetProperty("status").GetString());
        Assert.Equal("2025-03-06", states["LTU"].GetProperty("withdrawal_effective").GetString());
        Assert.Equal(113, states.Values.Count(s => s.GetProperty("deposited").ValueKind == JsonValueKind.String));
    }

    [Fact]
    public async Task Json_has_the_documented_shape()
    {
        var result = (await Cli.RunAsync("status", "--as-of", "2026-02-03", "--format", "json", "--state", "NOR")).Succeeded();
        var root = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(["as_of", "counts", "states", "obligations_summary"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(
            ["state_party", "bound_not_in_force", "signatory", "not_signed", "withdrawn"],
            root.GetProperty("counts").EnumerateObject().Select(p => p.Name));
        var norway = Assert.Single(root.GetProperty("states").EnumerateArray());
        foreach (var field in new[] { "iso3", "name", "status", "signed", "deposited", "instrument", "entry_into_force", "withdrawal_effective" })
        {
            Assert.True(norway.TryGetProperty(field, out _), field);
        }
    }

    /// <summary>The same command gives byte-for-byte the same JSON here as on a fresh SQLite database.</summary>
    [Theory]
    [InlineData("2026-02-03")]
    [InlineData("2010-08-01")]
    public async Task Json_is_identical_to_the_sqlite_answer(string asOf)
    {
        var here = (await Cli.RunAsync("status", "--as-of", asOf, "--format", "json")).Succeeded().Out;
        await using var sqlite = new SqliteTestDatabase();
        var reference = (await new CliRunner(sqlite.Url).RunAsync("status", "--as-of", asOf, "--format", "json")).Succeeded().Out;
        Assert.Equal(reference, here);
    }

    [Fact]
    public async Task The_state_profile_lists_events_and_declarations_with_sources()
    {
        var result = (await Cli.RunAsync("state", "the UK", "--format", "json")).Succeeded();
        var profile = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal("GBR", profile.GetProperty("iso3").GetString());
        var rows = profile.GetProperty("participation").EnumerateArray().ToList();
        Assert.Contains(rows, r => r.GetProperty("subject").GetString() == "wellington-declaration" && r.GetProperty("relation").GetString() == "endorsed");
        Assert.All(rows, r => Assert.StartsWith("http", r.GetProperty("source").GetString()));
    }

    [Fact]
    public async Task Events_keep_conflicting_figures_side_by_side_with_their_sources()
    {
        var result = (await Cli.RunAsync("events", "--format", "json")).Succeeded();
        var wellington = JsonDocument.Parse(result.Out).RootElement.GetProperty("events").EnumerateArray()
            .Single(e => e.GetProperty("id").GetString() == "wellington-2008");
        var attending = wellington.GetProperty("figures").EnumerateArray()
            .Where(f => f.GetProperty("figure").GetString() == "states_attending").ToList();
        Assert.Contains(attending, f => f.GetProperty("value").GetInt32() == 122);
        Assert.Contains(attending, f => f.GetProperty("value").GetInt32() == 103);
        Assert.Equal(attending.Count, attending.Select(f => f.GetProperty("source").GetString()).Distinct().Count());
    }
}

public sealed class SqliteStatusAcceptanceTests : StatusAcceptanceTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresStatusAcceptanceTests : StatusAcceptanceTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
