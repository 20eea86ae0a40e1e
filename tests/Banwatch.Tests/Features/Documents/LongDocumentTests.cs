using System.Text.Json;
using AngleSharp.Html.Parser;
using Banwatch.Testing;
using Banwatch.Tests.Web;
using Banwatch.Web;

namespace Banwatch.Tests.Features.Documents;

/// <summary>A long report is shown a part at a time on the CLI, the API and the page, and an evidence link opens the part holding it.</summary>
public sealed class LongDocumentTests : IAsyncLifetime
{
    private readonly SqliteTestDatabase _database = new();
    private RunningApp? _running;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private HttpClient Client => _running!.Client;

    public async ValueTask InitializeAsync()
    {
        // About 300,000 characters: three parts, Norway named once in each paragraph, Laos only near the end.
        var paragraph = "Delegates met again in Geneva. Norway signed the record of the meeting and others spoke at length.\n";
        _running = await RunningApp.StartAsync(_database, ct: Ct);
        await _running.IngestAsync(("long.txt", string.Concat(Enumerable.Repeat(paragraph, 3_000)) + "Laos ratified the Convention.\n"));
    }

    public async ValueTask DisposeAsync()
    {
        if (_running is not null)
        {
            await _running.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_cli_and_the_api_give_one_part_with_what_was_found_in_it()
    {
        var cli = new CliRunner(_database.Url);
        var first = JsonDocument.Parse((await cli.RunAsync("documents", "show", "1", "--format", "json")).Succeeded().Out).RootElement;
        var window = first.GetProperty("window");
        Assert.Equal(0, window.GetProperty("start").GetInt32());
        var next = window.GetProperty("next").GetInt32();
        Assert.Equal(next, first.GetProperty("text").GetString()!.Length);
        Assert.All(first.GetProperty("mentions").EnumerateArray(), m => Assert.InRange(m.GetProperty("start").GetInt32(), 0, next - 1));
        Assert.DoesNotContain(first.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("iso3").GetString() == "LAO");

        var last = JsonDocument.Parse(await Client.GetStringAsync(Links.DocumentApi(1, int.MaxValue), Ct)).RootElement;
        Assert.Equal(JsonValueKind.Null, last.GetProperty("window").GetProperty("next").ValueKind);
        var laos = Assert.Single(last.GetProperty("mentions").EnumerateArray(), m => m.GetProperty("iso3").GetString() == "LAO");
        var text = last.GetProperty("text").GetString()!;
        var start = last.GetProperty("window").GetProperty("start").GetInt32();
        Assert.Equal("Laos", text.Substring(laos.GetProperty("start").GetInt32() - start, 4));

        Assert.Equal(2, (await cli.RunAsync("documents", "show", "1", "--at", "-1")).ExitCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await Client.GetAsync("/api/documents/1?at=abc", Ct)).StatusCode);
    }

    [Fact]
    public async Task An_evidence_link_opens_the_part_holding_it_with_links_to_the_parts_around()
    {
        // Norway's 3,000 signings are one fact with its other 2,999 sentences; Laos's fact is the last.
        var facts = JsonDocument.Parse((await new CliRunner(_database.Url).RunAsync("review", "list", "--format", "json")).Succeeded().Out).RootElement.GetProperty("facts").EnumerateArray().ToList();
        Assert.Equal(2_999, facts.Single(f => f.GetProperty("iso3").GetString() == "NOR" && f.GetProperty("kind").GetString() == "signed").GetProperty("other_places").GetArrayLength());
        var laos = facts.Single(f => f.GetProperty("iso3").GetString() == "LAO");
        var html = await Client.GetStringAsync(Links.Document(1, laos.GetProperty("evidence_start").GetInt32(), laos.GetProperty("evidence_end").GetInt32()), Ct);
        var page = new HtmlParser().ParseDocument(html);
        Assert.EndsWith("ratified the Convention.", page.QuerySelector("#evidence")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav.pager a[rel=prev]"));
        Assert.Null(page.QuerySelector("nav.pager a[rel=next]"));
    }
}
