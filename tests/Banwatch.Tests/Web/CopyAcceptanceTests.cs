using System.Reflection;
using System.Text.RegularExpressions;
using Banwatch.Testing;
using Banwatch.Tests.Cli;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;

namespace Banwatch.Tests.Web;

/// <summary>
/// Issue 12's acceptance: `banwatch copy` from a used SQLite database to PostgreSQL yields identical answers from every
/// GET /api endpoint on both.
/// </summary>
public sealed partial class CopyAcceptanceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Values for route parameters, from the used database: a state it mentions, a document and an event it holds, the OpenAPI document's name.</summary>
    private static string? SampleValue(string route, string parameter, string eventId) => (route, parameter) switch
    {
        (_, "state") => "NOR",
        (_, "id") when route.StartsWith("/api/documents/", StringComparison.Ordinal) => "1",
        (_, "id") when route.StartsWith("/api/events/", StringComparison.Ordinal) => eventId,
        (_, "documentName") => "v1",
        _ => null,
    };

    /// <summary>Query strings asked of an endpoint beside its plain URL, when its handler takes that parameter.</summary>
    private static readonly Dictionary<string, string[]> Queries = new()
    {
        ["format"] = ["format=csv"],
        ["q"] = ["q=Wellington", "q=Lima%20moratorium"],
        ["state"] = ["state=Norway"],
        ["at"] = ["at=100"],
        ["review"] = ["review=accepted", "review=rejected"],
    };

    /// <summary>
    /// GET /api routes not asked, each with why (none today): a new route with a parameter no sample value fits fails
    /// the test until it gets one, or a reason here.
    /// </summary>
    private static readonly Dictionary<string, string> NotAsked = [];

    [Fact]
    public async Task Every_GET_api_endpoint_answers_the_same_on_the_PostgreSQL_copy_of_a_used_SQLite_database()
    {
        // Sorted by a language's rules, as most servers' default locale sorts text, not byte by byte as SQLite does.
        var postgres = await PostgresTestDatabase.CreateAsync("TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'");
        var sqlite = new SqliteTestDatabase();
        var cli = new CliRunner(sqlite.Url);
        await UsedDatabase.FillAsync(cli);
        (await cli.RunAsync("copy", "--from", sqlite.Url, "--to", postgres.Url)).Succeeded();

        await using var original = await RunningApp.StartAsync(sqlite, ct: Ct);
        await using var copy = await RunningApp.StartAsync(postgres, ct: Ct);
        var eventId = (await original.App.Db.EventsAsync(Ct))[0].Id;
        var (urls, unfilled) = ApiUrls(original, eventId);
        Assert.Equal(NotAsked.Keys.Order(StringComparer.Ordinal), unfilled.Order(StringComparer.Ordinal));
        Assert.Contains("/api/documents/1", urls);
        Assert.Contains($"/api/events/{eventId}", urls);
        Assert.Contains("/api/search?q=Wellington", urls);
        Assert.Contains("/api/actions?format=csv", urls);

        var differences = new List<string>();
        foreach (var url in urls)
        {
            using var left = await original.Client.GetAsync(url, Ct);
            using var right = await copy.Client.GetAsync(url, Ct);
            var (a, b) = (Normalised(url, await left.Content.ReadAsStringAsync(Ct)), Normalised(url, await right.Content.ReadAsStringAsync(Ct)));
            if (left.StatusCode != right.StatusCode || left.Content.Headers.ContentType?.ToString() != right.Content.Headers.ContentType?.ToString() || a != b)
            {
                differences.Add($"{url}: {(int)left.StatusCode} vs {(int)right.StatusCode}, first difference at {FirstDifference(a, b)}: «{Around(a, b)}»");
            }
        }

        Assert.True(differences.Count == 0, string.Join('\n', differences));
    }

    /// <summary>Every GET route under /api, its parameters filled, plain and with each query its handler takes; and the routes that could not be filled.</summary>
    private static (IReadOnlyList<string> Urls, IReadOnlyList<string> Unfilled) ApiUrls(RunningApp app, string eventId)
    {
        var (urls, unfilled) = (new List<string>(), new List<string>());
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText?.StartsWith("/api/", StringComparison.Ordinal) == true)
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true);
        foreach (var endpoint in endpoints.OrderBy(e => e.RoutePattern.RawText, StringComparer.Ordinal))
        {
            var pattern = endpoint.RoutePattern;
            var route = pattern.RawText!;
            if (pattern.Parameters.Any(p => SampleValue(route, p.Name, eventId) is null))
            {
                unfilled.Add(route);
                continue;
            }

            var path = "/" + string.Join('/', pattern.PathSegments.Select(s => string.Concat(s.Parts.Select(p => p switch
            {
                RoutePatternLiteralPart literal => literal.Content,
                RoutePatternParameterPart parameter => SampleValue(route, parameter.Name, eventId),
                RoutePatternSeparatorPart separator => separator.Content,
                _ => throw new InvalidOperationException($"{route}: unknown route part"),
            }))));
            urls.Add(path);
            var taken = endpoint.Metadata.GetMetadata<MethodInfo>()?.GetParameters().Select(p => p.Name!) ?? [];
            urls.AddRange(taken.Where(n => !pattern.Parameters.Any(p => p.Name == n)).SelectMany(n => Queries.GetValueOrDefault(n, [])).Select(q => $"{path}?{q}"));
        }

        return (urls, unfilled);
    }

    /// <summary>
    /// Only what must differ: a problem's trace_id names its request (two requests to one server differ too), and search
    /// snippets (and the highlights in them) are cut by each database's own full-text engine (FTS5's snippet, PostgreSQL's ts_headline), as the
    /// README says; which documents match, and in what order, must still be the same.
    /// </summary>
    private static string Normalised(string url, string body)
    {
        body = TraceId().Replace(body, "\"trace_id\":\"…\"");
        return url.StartsWith("/api/search", StringComparison.Ordinal) ? Highlights().Replace(Snippet().Replace(body, "\"snippet\": \"…\""), "\"highlights\": []") : body;
    }

    [GeneratedRegex("\"trace_id\":\\s*\"[^\"]*\"")]
    private static partial Regex TraceId();

    [GeneratedRegex("\"snippet\":\\s*\"(?:[^\"\\\\]|\\\\.)*\"")]
    private static partial Regex Snippet();

    [GeneratedRegex("\"highlights\":\\s*\\[[^\\]]*\\]")]
    private static partial Regex Highlights();

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Around(string a, string b)
    {
        var at = FirstDifference(a, b);
        string Cut(string s) => s.Substring(Math.Max(0, at - 60), Math.Min(s.Length, at + 60) - Math.Max(0, at - 60));
        return $"{Cut(a)}» vs «{Cut(b)}";
    }
}
