using System.Net;
using System.Text.Json;
using Banwatch.Testing;
using Banwatch.Tests.Web;

namespace Banwatch.Tests.Errors;

/// <summary>
/// Dates at the ends of the calendar, look-aheads of centuries, spans of millennia and control characters: each is a
/// one-line `invalid` (exit 2, HTTP 400) or an ordinary answer, on the CLI and the API, never a trace or a 500.
/// Written once and bound to each database by a one-line class.
/// </summary>
public abstract class ExtremeInputTests : IAsyncLifetime
{
    private RunningApp? _running;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => _running!.Client;

    private CliRunner Cli { get; set; } = null!;

    protected abstract Task<ITestDatabase> CreateDatabaseAsync();

    public async ValueTask InitializeAsync()
    {
        var database = await CreateDatabaseAsync();
        Cli = new CliRunner(database.Url);
        _running = await RunningApp.StartAsync(database, ct: Ct);
    }

    public async ValueTask DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    [Theory]
    [InlineData("--as-of: '9999-12-31' is outside the dates Banwatch answers for (1900-01-01 to 2999-12-31)", "status", "--as-of", "9999-12-31")]
    [InlineData("--as-of: '0001-01-01' is outside the dates Banwatch answers for", "status", "--as-of", "0001-01-01")]
    [InlineData("--as-of: '1899-12-31' is outside", "state", "Norway", "--as-of", "1899-12-31")]
    [InlineData("--as-of: '3000-01-01' is outside", "obligations", "--as-of", "3000-01-01")]
    [InlineData("--to: '9999-12-31' is outside", "timeline", "--to", "9999-12-31")]
    [InlineData("--from/--to: 1900-01-01 to 2999-12-31 is 13200 months; at most 1200 (100 years) are answered at once", "timeline", "--from", "1900-01-01", "--to", "2999-12-31")]
    [InlineData("--due-within: '999999999d' is more than 36500 days (100 years)", "obligations", "--due-within", "999999999d")]
    [InlineData("--due-within: '99999999999999999999' is more than 36500 days", "obligations", "--due-within", "99999999999999999999")]
    [InlineData("--due-within: '5x' is not a number of days", "obligations", "--due-within", "5x")]
    public async Task An_extreme_value_on_the_command_line_is_one_invalid_line(string message, params string[] args)
    {
        var result = await Cli.RunAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("error: " + message, result.Error.Split('\n').Single(l => l.StartsWith("error: ", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("obligations", "--as-of", "2999-12-31", "--due-within", "36500d")]
    [InlineData("status", "--as-of", "1900-01-01", "--format", "csv")]
    [InlineData("timeline", "--from", "1990-01-01", "--to", "2089-12-31", "--format", "csv")]
    [InlineData("search", "Wellington\0Declaration")]
    public async Task The_edges_of_what_is_supported_are_answered(params string[] args) =>
        (await Cli.RunAsync(args)).Succeeded();

    [Theory]
    [InlineData("/api/status?as_of=9999-12-31", "as_of: '9999-12-31' is outside the dates Banwatch answers for (1900-01-01 to 2999-12-31)")]
    [InlineData("/api/status?as_of=0001-01-01", "as_of: '0001-01-01' is outside")]
    [InlineData("/api/states/NOR?as_of=1899-12-31", "as_of: '1899-12-31' is outside")]
    [InlineData("/api/obligations?due_within=2147483648", "due_within: '2147483648' is more than 36500 days")]
    [InlineData("/api/obligations?as_of=9999-12-31&due_within=90d", "as_of: '9999-12-31' is outside")]
    [InlineData("/api/timeline?to=9999-12-31", "to: '9999-12-31' is outside")]
    [InlineData("/api/timeline?from=1900-01-01&to=2999-12-31", "from/to: 1900-01-01 to 2999-12-31 is 13200 months; at most 1200")]
    [InlineData("/api/timeline.svg?from=1900-01-01&to=2999-12-31", "from/to: 1900-01-01 to 2999-12-31 is 13200 months")]
    public async Task An_extreme_value_in_the_api_is_a_400_worded_for_the_api(string url, string detail)
    {
        var response = await Client.GetAsync(url, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("invalid", problem.GetProperty("kind").GetString());
        Assert.StartsWith(detail, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_state_page_with_an_extreme_date_is_a_400_page()
    {
        var response = await Client.GetAsync("/states/NOR?as_of=9999-12-31", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("outside the dates Banwatch answers for", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/api/search?q=Wellington%00Declaration")]
    [InlineData("/api/search?q=%00")]
    [InlineData("/search?q=Oslo%00")]
    public async Task A_nul_in_a_search_is_never_a_500(string url)
    {
        var response = await Client.GetAsync(url, Ct);

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.BadRequest, $"{url}: {(int)response.StatusCode}");
    }
}

public sealed class SqliteExtremeInputTests : ExtremeInputTests
{
    protected override Task<ITestDatabase> CreateDatabaseAsync() => Task.FromResult<ITestDatabase>(new SqliteTestDatabase());
}

public sealed class PostgresExtremeInputTests : ExtremeInputTests
{
    protected override async Task<ITestDatabase> CreateDatabaseAsync() => await PostgresTestDatabase.CreateAsync();
}
