using System.Text.Json;
using AngleSharp.Html.Parser;
using Banwatch.Core.Provenance;
using Banwatch.Testing;
using Banwatch.Web;
using Dapper;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Time.Testing;

namespace Banwatch.Tests.Web;

/// <summary>
/// A source that is not an http(s) URL is refused at every entry (ingest, `obligations add`, the data files) and,
/// if a database already holds one, shown as text: no page links to it, however it is spelled.
/// </summary>
public sealed class SafeSourcesTests : IAsyncLifetime
{
    /// <summary>Seven spellings a browser runs as script.</summary>
    public static TheoryData<string> Hostile =>
    [
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "   javascript:alert(1)",
        "java\tscript:alert(1)",
        "\tjavascript:alert(1)",
        "java\nscript:alert(1)",
        "\u0001javascript:alert(document.cookie)",
    ];

    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-sources-").FullName;

    private CliRunner Cli => new(_database.Url);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Ingest_refuses_a_document_whose_stated_url_is_not_http_and_says_where(string url)
    {
        var frontMatter = Write("front.md", $"---\ntitle: A report\nurl: {url}\n---\n\nNorway hosted the conference.");
        var sourceLine = Write("line.txt", $"source: {url.Replace("\n", "", StringComparison.Ordinal)}\nNorway hosted the conference.");
        var canonical = Write("page.html", $"<html><head><link rel=\"canonical\" href=\"{url}\"></head><body><p>Norway hosted the conference.</p></body></html>");

        var result = await Cli.RunAsync("ingest", frontMatter, sourceLine, canonical, "--format", "json");

        Assert.Equal(4, result.ExitCode); // malformed_file
        var files = JsonDocument.Parse(result.Out).RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => (Outcome: f.GetProperty("outcome").GetString(), Reason: f.GetProperty("reason").GetString() ?? ""));
        Assert.All(files.Values, f => Assert.Equal("failed", f.Outcome));
        Assert.All(files.Values, f => Assert.Matches(@"is not an (absolute )?http\(s\) URL", f.Reason));
        Assert.StartsWith("line 3, front matter url: ", files["front.md"].Reason, StringComparison.Ordinal);
        Assert.StartsWith("line 1, source: ", files["line.txt"].Reason, StringComparison.Ordinal);
        Assert.StartsWith("canonical link: ", files["page.html"].Reason, StringComparison.Ordinal);
        Assert.Contains("its scheme is 'javascript:'", files["page.html"].Reason);
    }

    [Theory]
    [MemberData(nameof(Hostile))]
    public async Task Obligations_add_refuses_a_source_with_another_scheme(string source)
    {
        var result = await Cli.RunAsync("obligations", "add", "--state", "PER", "--article", "3", "--completed", "2023-12-15", "--source", source);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--source: ", result.Error);
        Assert.Contains("its scheme is 'javascript:'", result.Error);
    }

    [Fact]
    public async Task Obligations_add_takes_a_document_reference_or_an_http_url()
    {
        (await Cli.RunAsync("obligations", "add", "--state", "PER", "--article", "3", "--completed", "2023-12-15", "--source", "CCM/MSP/2024/5 para. 12")).Succeeded();
        (await Cli.RunAsync("obligations", "add", "--state", "LAO", "--article", "4", "--completed", "2025", "--source", "https://example.org/report")).Succeeded();
    }

    [Fact]
    public async Task Stored_values_that_are_not_http_urls_are_shown_as_text_never_as_links()
    {
        using var app = await BanwatchApp.OpenAsync(_database.Url, new FakeTimeProvider(CliRunner.Today), ct: Ct);
        var documents = new List<long>();
        foreach (var (url, i) in Hostile.Select((h, i) => ((string)h.Data, i)))
        {
            // As a database written before sources were checked would hold them.
            documents.Add(await app.Db.WriteAsync(
                (c, tx) => c.ExecuteScalarAsync<long>(
                    """
                    INSERT INTO documents (content_hash, name, format, title, source_url, text, ingested_at)
                    VALUES (@hash, 'old.txt', 'txt', 'Old', @url, 'Peru destroyed its stockpile.', '2020-01-01T00:00:00Z') RETURNING id
                    """,
                    new { hash = $"legacy{i}", url },
                    tx),
                Ct));
            await app.Db.WriteAsync(
                (c, tx) => c.ExecuteAsync(
                    "INSERT INTO obligation_updates (iso3, kind, completed_on, source, added_at) VALUES ('PER', 'stockpile-destruction', '2023-12-15', @url, '2020-01-01T00:00:00Z')",
                    new { url },
                    tx),
                Ct);
        }

        await using var web = WebApp.Build(app, "http://127.0.0.1:0", b => b.WebHost.UseTestServer());
        await web.StartAsync(Ct);
        using var client = web.GetTestClient();
        foreach (var page in documents.Select(id => Links.Document(id)).Append(Links.State("PER")))
        {
            var html = await client.GetStringAsync(page, Ct);
            var links = new HtmlParser().ParseDocument(html).QuerySelectorAll("[href], [src], [action], [formaction]")
                .SelectMany(e => e.Attributes.Where(a => a.Name is "href" or "src" or "action" or "formaction").Select(a => a.Value));
            Assert.All(links, link => Assert.True(
                link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) || link.StartsWith('#') || link.StartsWith('?') || SourceUrl.TryParse(link, out _),
                $"{page} links to '{link}'"));
            Assert.True(html.Contains("script:alert(", StringComparison.OrdinalIgnoreCase), $"{page} does not show the stored value as text");
        }
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, text);
        return path;
    }
}
