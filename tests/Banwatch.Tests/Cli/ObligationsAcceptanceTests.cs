using System.Text;
using System.Text.Json;
using Banwatch.Testing;
using Ical.Net;

namespace Banwatch.Tests.Cli;

/// <summary>
/// Issue 5's acceptance, as a new user checks it: known cases read right, the calendar parses, bad additions are
/// refused. Written once, run on SQLite and on PostgreSQL.
/// </summary>
public abstract class ObligationsAcceptanceTests : CliOnEachDatabase
{
    private async Task<JsonElement> JsonAsync(params string[] args) =>
        JsonDocument.Parse((await Cli.RunAsync(["obligations", "--format", "json", .. args])).Succeeded().Out).RootElement;

    private static JsonElement Find(JsonElement report, string iso3, string kind) =>
        report.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("iso3").GetString() == iso3 && o.GetProperty("kind").GetString() == kind);

    [Fact]
    public async Task A_state_that_declared_completion_shows_met_with_the_date()
    {
        var peru = Find(await JsonAsync("--as-of", "2026-02-03"), "PER", "stockpile-destruction");
        Assert.Equal("met", peru.GetProperty("status").GetString());
        Assert.Equal("2023-12-15", peru.GetProperty("completed").GetString());
        Assert.Equal("2021-03-01", peru.GetProperty("original_deadline").GetString());
        Assert.Equal("2024-04-01", peru.GetProperty("extended_deadline").GetString());
        Assert.True(peru.GetProperty("on_time").GetBoolean());
    }

    [Fact]
    public async Task A_state_granted_an_extension_shows_extended_with_the_new_date()
    {
        var lebanon = Find(await JsonAsync("--as-of", "2026-02-03", "--state", "Lebanon"), "LBN", "clearance");
        Assert.Equal("extended", lebanon.GetProperty("status").GetString());
        Assert.Equal("2026-05-01", lebanon.GetProperty("extended_deadline").GetString());
        Assert.Equal("2rc-2021-silence", lebanon.GetProperty("extension_granted_at").GetString());
    }

    [Fact]
    public async Task Lithuanias_obligations_end_on_6_March_2025()
    {
        var report = await JsonAsync("--as-of", "2026-11-24", "--state", "Lithuania");
        var withdrawal = Assert.Single(report.GetProperty("withdrawals").EnumerateArray());
        Assert.Equal("2025-03-06", withdrawal.GetProperty("obligations_end").GetString());
        Assert.All(
            report.GetProperty("obligations").EnumerateArray(),
            o => Assert.True(string.CompareOrdinal(o.GetProperty("deadline").GetString(), "2025-03-06") < 0, o.ToString()));
        var before = await JsonAsync("--as-of", "2024-06-01", "--state", "LTU");
        Assert.Contains(before.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("deadline").GetString() == "2025-04-30");
    }

    [Fact]
    public async Task Json_has_the_issues_fields_first_in_its_order()
    {
        var first = (await JsonAsync("--as-of", "2026-02-03")).GetProperty("obligations")[0];
        Assert.Equal(
            ["iso3", "article", "kind", "entry_into_force", "original_deadline", "extended_deadline", "completed", "status", "sources"],
            first.EnumerateObject().Take(9).Select(p => p.Name));
        Assert.StartsWith("https://treaties.un.org/", first.GetProperty("sources")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_and_due_within_filter_the_list()
    {
        var overdue = await JsonAsync("--as-of", "2026-02-03", "--status", "overdue");
        Assert.All(overdue.GetProperty("obligations").EnumerateArray(), o => Assert.Equal("overdue", o.GetProperty("status").GetString()));
        Assert.Contains(overdue.GetProperty("obligations").EnumerateArray(), o => o.GetProperty("iso3").GetString() == "GNB");

        var due = (await JsonAsync("--as-of", "2026-02-03", "--due-within", "90d")).GetProperty("obligations").EnumerateArray().ToList();
        Assert.NotEmpty(due);
        Assert.All(due, o => Assert.InRange(DateOnly.Parse(o.GetProperty("deadline").GetString()!), new DateOnly(2026, 2, 3), new DateOnly(2026, 5, 4)));
        Assert.Contains(due, o => o.GetProperty("iso3").GetString() == "AFG" && o.GetProperty("kind").GetString() == "clearance");
    }

    [Fact]
    public async Task Csv_rows_have_the_json_names()
    {
        var csv = (await Cli.RunAsync("obligations", "--as-of", "2026-02-03", "--format", "csv", "--state", "PER")).Succeeded().Out;
        Assert.StartsWith("iso3,article,kind,entry_into_force,original_deadline,extended_deadline,completed,status,sources,", csv, StringComparison.Ordinal);
        Assert.Contains("PER,3,stockpile-destruction,2013-03-01,2021-03-01,2024-04-01,2023-12-15,met,", csv);
    }

    [Fact]
    public async Task The_calendar_parses_back_with_one_all_day_event_per_deadline()
    {
        var json = await JsonAsync("--as-of", "2026-02-03");
        var ics = (await Cli.RunAsync("obligations", "--as-of", "2026-02-03", "--format", "ics")).Succeeded().Out;

        Assert.All(ics.Split("\r\n")[..^1], line =>
        {
            Assert.DoesNotContain('\n', line);
            Assert.InRange(Encoding.UTF8.GetByteCount(line), 0, 75);
        });
        var calendar = Calendar.Load(ics)!;
        Assert.Equal(json.GetProperty("obligations").GetArrayLength(), calendar.Events.Count);
        Assert.Equal(calendar.Events.Count, calendar.Events.Select(e => e.Uid).Distinct().Count());
        Assert.All(calendar.Events, e => Assert.False(e.DtStart!.HasTime));
        var lebanon = calendar.Events.Single(e => e.Uid == "LBN-clearance@banwatch");
        Assert.Equal("Lebanon: Art. 4 clearance deadline", lebanon.Summary);
        Assert.Equal(new DateOnly(2026, 5, 1), lebanon.DtStart!.Date);
        Assert.Contains("Status on 2026-02-03: extended", lebanon.Description);
        Assert.Contains("Note: 5-year ext granted by silence procedure April 2021; new request prepared 2025, outcome not verified", lebanon.Description);
    }

    [Fact]
    public async Task An_added_extension_overrides_the_reference_and_keeps_both_sources()
    {
        var added = (await Cli.RunAsync(
            "obligations", "add", "--state", "Laos", "--article", "4", "--extended-deadline", "2030-08-01", "--granted-at", "12msp-2024",
            "--source", "https://example.org/12msp-final-report", "--note", "granted at 12MSP")).Succeeded().Out;
        Assert.Contains("Lao People's Democratic Republic (LAO), clearance: extended to 2030-08-01 at 12msp-2024", added);
        Assert.Contains("extended, deadline 2030-08-01", added);

        var laos = Find(await JsonAsync("--as-of", "2026-02-03", "--state", "LAO"), "LAO", "clearance");
        Assert.Equal("extended", laos.GetProperty("status").GetString());
        Assert.Equal("2030-08-01", laos.GetProperty("extended_deadline").GetString());
        var sources = laos.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Contains("https://example.org/12msp-final-report", sources);
        Assert.Contains("https://www.clusterconvention.org/12msp/", sources);
    }

    [Fact]
    public async Task A_published_deadline_that_disagrees_is_shown_beside_the_computed_one_and_its_rule()
    {
        (await Cli.RunAsync(
            "obligations", "add", "--state", "Guinea-Bissau", "--kind", "initial-report", "--published-deadline", "2011-12-28",
            "--source", "https://example.org/2015-campaign-table")).Succeeded();
        var report = Find(await JsonAsync("--as-of", "2015-06-01", "--state", "GNB"), "GNB", "initial-report");
        Assert.Equal("2011-10-28", report.GetProperty("original_deadline").GetString());
        Assert.Equal("Art. 7(1): entry into force + 180 days", report.GetProperty("rule").GetString());
        Assert.Equal("2011-12-28", report.GetProperty("published_deadline").GetString());
        Assert.Equal("https://example.org/2015-campaign-table", report.GetProperty("published_sources")[0].GetString());
    }

    [Theory]
    [InlineData("error: unknown state 'Nigera'. Did you mean Niger (NER) or Nigeria (NGA)?", "--state", "Nigera", "--article", "3", "--completed", "2020-01-01")]
    [InlineData("error: --completed: '2023-13-01' is not a date (YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more)", "--state", "PER", "--article", "3", "--completed", "2023-13-01")]
    [InlineData("error: Angola (AGO) has deposited no instrument, so it has no obligations under the Convention", "--state", "Angola", "--article", "3", "--completed", "2020-01-01")]
    [InlineData("error: --extended-deadline: 2031-08-01 is more than five years (Art. 4(5)) after the deadline it extends, 2025-08-01", "--state", "LAO", "--article", "4", "--extended-deadline", "2031-08-01")]
    [InlineData("error: --extended-deadline: 2019-08-01 is not after the original deadline 2020-08-01 (Art. 4(1)(a): entry into force + 10 years)", "--state", "LAO", "--article", "4", "--extended-deadline", "2019-08-01")]
    [InlineData("error: --granted-at: unknown meeting '14msp-2026' (give an id from the events list, such as 12msp-2024)", "--state", "LAO", "--article", "4", "--extended-deadline", "2030-08-01", "--granted-at", "14msp-2026")]
    [InlineData("error: --article 7 has several kinds: give --kind initial-report or annual-report", "--state", "NOR", "--article", "7", "--completed", "2011-01-27")]
    [InlineData("error: initial-report has no extensions: only Art. 3 and Art. 4 deadlines can be extended", "--state", "NOR", "--kind", "initial-report", "--extended-deadline", "2012-01-27")]
    [InlineData("error: --completed: 2027-01 is after today (2026-11-24)", "--state", "SSD", "--article", "4", "--completed", "2027-01")]
    public async Task A_bad_addition_is_refused_on_one_line_with_exit_code_2(string message, params string[] args)
    {
        var result = await Cli.RunAsync(["obligations", "add", .. args, "--source", "https://example.org/x"]);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal(message, result.Error.Split('\n').First(l => l.StartsWith("error: ", StringComparison.Ordinal)).Trim());
        Assert.DoesNotContain(
            JsonDocument.Parse((await Cli.RunAsync("obligations", "--format", "json")).Succeeded().Out).RootElement.GetProperty("obligations").EnumerateArray(),
            o => o.GetProperty("sources").EnumerateArray().Any(s => s.GetString() == "https://example.org/x"));
    }

    [Fact]
    public async Task An_addition_without_a_source_is_refused()
    {
        var result = await Cli.RunAsync("obligations", "add", "--state", "PER", "--article", "3", "--completed", "2023-12-15");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--source", result.Error);
    }

    [Fact]
    public async Task Status_gains_one_summary_line_and_an_obligations_summary_object()
    {
        var table = (await Cli.RunAsync("status", "--as-of", "2026-02-03", "--wide")).Succeeded().Out;
        Assert.Contains("Obligations: stockpile destruction (Art. 3): 36 met · 0 pending · 0 extended · 4 overdue; clearance (Art. 4): 12 met · 2 pending · 4 extended · 3 overdue", table);
        var json = JsonDocument.Parse((await Cli.RunAsync("status", "--as-of", "2026-02-03", "--format", "json")).Succeeded().Out).RootElement;
        var clearance = json.GetProperty("obligations_summary").GetProperty("clearance");
        Assert.Equal(4, clearance.GetProperty("extended").GetInt32());
    }

    [Fact]
    public async Task The_state_profile_lists_its_obligations()
    {
        var profile = JsonDocument.Parse((await Cli.RunAsync("state", "Lao PDR", "--as-of", "2024-01-01", "--format", "json")).Succeeded().Out).RootElement;
        var clearance = profile.GetProperty("obligations").EnumerateArray().Single(o => o.GetProperty("kind").GetString() == "clearance");
        Assert.Equal("extended", clearance.GetProperty("status").GetString());
        var table = (await Cli.RunAsync("state", "Lao PDR", "--as-of", "2024-01-01", "--wide")).Succeeded().Out;
        Assert.Contains("Obligations on 2024-01-01", table);
        Assert.Contains("Art. 4 clearance", table);
    }
}

public sealed class SqliteObligationsAcceptanceTests : ObligationsAcceptanceTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresObligationsAcceptanceTests : ObligationsAcceptanceTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
