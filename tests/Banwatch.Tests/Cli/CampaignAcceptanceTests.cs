using System.Text.Json;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Issue 9's acceptance, as a campaigner checks it: positions from accepted document facts and from entries, each with
/// its evidence; categories and corrections; the action log all or nothing; target lists that follow the rules file;
/// briefing packs. Written once, run on SQLite and on PostgreSQL.
/// </summary>
public abstract class CampaignAcceptanceTests : CliOnEachDatabase
{
    private async Task<JsonElement> JsonAsync(params string[] args) =>
        JsonDocument.Parse((await Cli.RunAsync([.. args, "--format", "json"])).Succeeded().Out).RootElement;

    private static string Temp(string name, string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("banwatch-campaign-").FullName, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A report written for this test: two states push for transition periods, one opposes them.</summary>
    private const string Report =
        """
        source: https://example.org/vienna-report
        Report of a conference on cluster munitions.

        A number of states called for transition periods to phase out cluster munitions after signature, including France and Japan.
        Norway strongly opposed the concept of a transition period.
        """;

    [Fact]
    public async Task Accepted_document_facts_show_in_the_matrix_with_their_sentence_and_offsets()
    {
        (await Cli.RunAsync("ingest", Temp("report.txt", Report))).Succeeded();
        (await Cli.RunAsync("review", "accept-all", "--doc", "1")).Succeeded();
        var matrix = await JsonAsync("positions", "--issue", "transition");
        var rows = matrix.GetProperty("states").EnumerateArray().ToDictionary(r => r.GetProperty("iso3").GetString()!);
        Assert.Equal(["FRA", "JPN", "NOR"], rows.Keys.Order());
        var france = rows["FRA"].GetProperty("cells")[0];
        Assert.Equal("weaken", france.GetProperty("stances")[0].GetString());
        var evidence = france.GetProperty("evidence")[0];
        Assert.Contains("called for transition periods", evidence.GetProperty("sentence").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("/documents/1?start=", evidence.GetProperty("link").GetString(), StringComparison.Ordinal);
        Assert.Equal("oppose", rows["NOR"].GetProperty("cells")[0].GetProperty("stances")[0].GetString());

        var csv = (await Cli.RunAsync("positions", "--format", "csv")).Succeeded().Out;
        Assert.StartsWith("iso3,name,issue,stance,date,said,conflicting,evidence,source,link,sentence", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_manual_entry_supersedes_an_older_stance_and_keeps_its_url()
    {
        (await Cli.RunAsync("positions", "add", "--state", "Japan", "--issue", "transition", "--stance", "weaken", "--date", "2007-12-07", "--source", "https://example.org/a")).Succeeded();
        (await Cli.RunAsync("positions", "add", "--state", "Japan", "--issue", "transition", "--stance", "support", "--date", "2008-05-30", "--source", "https://example.org/b")).Succeeded();
        var cell = (await JsonAsync("positions", "--state", "JPN")).GetProperty("states")[0].GetProperty("cells")[0];
        Assert.Equal("support", cell.GetProperty("stances")[0].GetString());
        Assert.Equal("https://example.org/b", cell.GetProperty("evidence")[0].GetProperty("link").GetString());
        var then = (await JsonAsync("positions", "--state", "JPN", "--as-of", "2008-01-01")).GetProperty("states")[0].GetProperty("cells")[0];
        Assert.Equal("weaken", then.GetProperty("stances")[0].GetString());

        var bad = await Cli.RunAsync("positions", "add", "--state", "Japan", "--issue", "transitions", "--stance", "weaken", "--date", "2007-12-07", "--source", "ftp://x");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--issue: 'transitions' is not one of", bad.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categories_follow_the_dates_of_their_lists_and_corrections_survive_a_reload()
    {
        // Bulgaria: a stockpiler on the undated CMC page, a former stockpiler from the Monitor of September 2024 on.
        var before = await JsonAsync("categories", "--state", "Bulgaria", "--as-of", "2024-09-29");
        Assert.Equal(["stockpiler"], before.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("category").GetString()));
        var after = await JsonAsync("categories", "--state", "Bulgaria", "--as-of", "2024-09-30");
        Assert.Equal(["former_stockpiler"], after.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("category").GetString()));
        var y2017 = await JsonAsync("categories", "--category", "contaminated", "--as-of", "2018-01-01");
        Assert.Contains(y2017.GetProperty("rows").EnumerateArray(), r => r.GetProperty("iso3").GetString() == "YEM");
        Assert.DoesNotContain(y2017.GetProperty("rows").EnumerateArray(), r => r.GetProperty("iso3").GetString() == "MRT");
        var y2025 = await JsonAsync("categories", "--category", "contaminated", "--as-of", "2025-10-01");
        Assert.Contains(y2025.GetProperty("rows").EnumerateArray(), r => r.GetProperty("iso3").GetString() == "MRT" && r.GetProperty("list").GetString() == "mar-2025-contamination");

        (await Cli.RunAsync("categories", "add", "--state", "Myanmar", "--category", "producer", "--not", "--as-of", "2025-09", "--source", "https://example.org/m")).Succeeded();
        (await Cli.RunAsync("data", "load")).Succeeded();
        var myanmar = await JsonAsync("categories", "--state", "MMR", "--category", "producer", "--as-of", "2026-01-01");
        Assert.Empty(myanmar.GetProperty("rows").EnumerateArray());
        var earlier = await JsonAsync("categories", "--state", "MMR", "--category", "producer", "--as-of", "2025-01-01");
        Assert.Equal("monitor-2024-producers", earlier.GetProperty("rows")[0].GetProperty("list").GetString());
    }

    [Fact]
    public async Task An_action_import_with_a_bad_row_imports_nothing_and_names_line_and_field()
    {
        var bad = Temp("actions.csv", "state,kind,date,organisation,contact,summary,outcome,follow_up\nNorway,letter,2026-10-01,CMC,,Letter,,2026-11-01\nAtlantis,call,2026-10-02,CMC,,Call,,\nJapan,fax,2026-10-03,CMC,,Fax,,\n");
        var result = await Cli.RunAsync("actions", "import", bad);
        Assert.Equal(4, result.ExitCode);
        Assert.Contains($"{bad}:3: state: unknown state 'Atlantis'", result.Error, StringComparison.Ordinal);
        Assert.Contains($"{bad}:4: kind: 'fax' is not one of", result.Error, StringComparison.Ordinal);
        Assert.Empty((await JsonAsync("actions", "list")).GetProperty("actions").EnumerateArray());

        var good = Temp("actions.csv", "state,kind,date,organisation,contact,summary,outcome,follow_up\nNorway,letter,2026-10-01,CMC,Ambassador,Letter on the 3RC,,2026-11-01\nJapan,meeting,2026-11-20,CMC,,Meeting,,2026-12-01\n");
        Assert.Contains("imported 2 actions", (await Cli.RunAsync("actions", "import", good)).Succeeded().Out, StringComparison.Ordinal);
        var overdue = (await JsonAsync("actions", "list", "--overdue")).GetProperty("actions");
        var norway = Assert.Single(overdue.EnumerateArray());
        Assert.Equal("NOR", norway.GetProperty("iso3").GetString());
        (await Cli.RunAsync("actions", "done", norway.GetProperty("id").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture), "--outcome", "reply received")).Succeeded();
        Assert.Empty((await JsonAsync("actions", "list", "--overdue")).GetProperty("actions").EnumerateArray());

        var export = (await Cli.RunAsync("actions", "list", "--format", "csv")).Succeeded().Out;
        Assert.StartsWith("id,state,kind,date,organisation,contact,summary,outcome,follow_up,done", export, StringComparison.Ordinal);
        Assert.Contains("reply received", export, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_the_rules_file_changes_the_lists_and_their_reasons()
    {
        var lists = await JsonAsync("targets", "--as-of", "2007-12-07");
        var counter = lists.GetProperty("groups").EnumerateArray().Single(g => g.GetProperty("name").GetString() == "counter");
        var japan = counter.GetProperty("states").EnumerateArray().Single(s => s.GetProperty("iso3").GetString() == "JPN");
        Assert.Contains(japan.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("condition").GetString() == "did not endorse any declaration"
            && r.GetProperty("sources").EnumerateArray().Any());

        var rules = Temp("rules.yaml", "groups:\n  - name: pacific\n    title: Pacific\n    when: { sub_region: Melanesia, vote: { is: yes, year: 2019 } }\n");
        var edited = (await JsonAsync("targets", "--as-of", "2026-01-01", "--rules", rules)).GetProperty("groups")[0];
        Assert.Equal("pacific", edited.GetProperty("name").GetString());
        var states = edited.GetProperty("states").EnumerateArray().Select(s => s.GetProperty("iso3").GetString()).ToList();
        Assert.Contains("FJI", states);
        Assert.All(edited.GetProperty("states").EnumerateArray(), s => Assert.Equal(2, s.GetProperty("reasons").GetArrayLength()));

        var invalid = Temp("bad.yaml", "groups:\n  - name: x\n    title: X\n    when: { attended: { at_least: two } }\n");
        var refused = await Cli.RunAsync("targets", "--rules", invalid);
        Assert.Equal(4, refused.ExitCode);
        Assert.Contains($"{invalid}:4:35: attended at_least: expected a whole number", refused.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_briefing_pack_has_every_section_and_the_counter_arguments_for_a_weaken_stance()
    {
        (await Cli.RunAsync("positions", "add", "--state", "France", "--issue", "transition", "--stance", "weaken", "--date", "2007-12-07", "--source", "https://example.org/vienna")).Succeeded();
        var md = (await Cli.RunAsync("brief", "France", "--format", "md", "--as-of", "2008-01-01")).Succeeded().Out;
        foreach (var section in new[] { "## Open obligations", "## Positions (latest per issue)", "## Oslo Process", "## Categories", "## UN General Assembly votes", "## Recent actions", "## Open follow-ups", "## Counter-arguments", "## Sources" })
        {
            Assert.Contains(section, md, StringComparison.Ordinal);
        }

        Assert.Contains("**Transition periods.**", md, StringComparison.Ordinal);
        Assert.Contains("https://example.org/vienna", md, StringComparison.Ordinal);
        var html = (await Cli.RunAsync("brief", "FRA", "--format", "html")).Succeeded().Out;
        Assert.Contains("@page", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        var group = (await Cli.RunAsync("brief", "--group", "ratify", "--format", "md")).Succeeded().Out;
        Assert.Contains("# Angola (AGO)", group, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Declarations_merge_the_endorser_lists_and_mark_inferred_rows()
    {
        var oslo = await JsonAsync("declarations", "--declaration", "oslo-declaration");
        var rows = oslo.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("iso3").GetString()!);
        Assert.True(rows["JPN"].GetProperty("refused").GetBoolean());
        Assert.True(rows["SWE"].GetProperty("inferred").GetBoolean());
        Assert.False(rows["NZL"].GetProperty("inferred").GetBoolean());
        Assert.Equal(4, rows["JPN"].GetProperty("refused_sources").GetArrayLength() + rows["JPN"].GetProperty("endorsed_sources").GetArrayLength() - 0);
        var votes = await JsonAsync("votes", "--state", "Norway");
        Assert.Equal(6, votes.GetProperty("votes").GetArrayLength());
    }
}

public sealed class SqliteCampaignAcceptanceTests : CampaignAcceptanceTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresCampaignAcceptanceTests : CampaignAcceptanceTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
