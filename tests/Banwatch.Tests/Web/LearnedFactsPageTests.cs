using Banwatch.Testing;

namespace Banwatch.Tests.Web;

/// <summary>The review page marks the learned model's guesses so a person can tell them from the rules' facts.</summary>
public sealed class LearnedFactsPageTests
{
    [Fact]
    public async Task The_review_page_and_the_document_page_name_a_learned_fact_with_its_score()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = await RunningApp.StartAsync(new SqliteTestDatabase(), ct: ct);
        // "Served as co-coordinator" is no rule's cue; the shipped model reads it as chairing (see IntakeTests).
        var id = Assert.Single(await app.IngestAsync(("coordinators.txt", "New Zealand hosted the meeting. Peru served as co-coordinator on clearance, with Chile, in the period from 2016 to 2018.")));

        var review = await app.Client.GetStringAsync("/review", ct);
        Assert.Matches(@"title=""No rule's cue matched[^""]*"">learned 0\.\d\d</span>", review);
        // One label per learned fact (Peru's, and any other the shipped model proposes), none for the rules' (New Zealand's).
        var facts = System.Text.Json.JsonDocument.Parse(await app.Client.GetStringAsync("/api/review", ct)).RootElement.GetProperty("facts").EnumerateArray().ToList();
        var learned = facts.Count(f => f.GetProperty("learned_score").ValueKind == System.Text.Json.JsonValueKind.Number);
        Assert.InRange(learned, 1, facts.Count - 1);
        Assert.Equal(learned, System.Text.RegularExpressions.Regex.Count(review, @">learned 0\.\d\d<"));
        var document = await app.Client.GetStringAsync($"/documents/{id}", ct);
        Assert.Matches(@"\(pending, learned 0\.\d\d\)", document);
        Assert.Contains("(pending)", document);
    }

    [Fact]
    public async Task The_queue_shows_only_the_models_guesses_or_only_the_rules_facts_on_the_page_the_api_and_the_cli()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = new SqliteTestDatabase();
        await using var app = await RunningApp.StartAsync(database, ct: ct);
        await app.IngestAsync(("coordinators.txt", "New Zealand hosted the meeting. Peru served as co-coordinator on clearance, with Chile, in the period from 2016 to 2018."));

        async Task<List<System.Text.Json.JsonElement>> Api(string query) =>
            System.Text.Json.JsonDocument.Parse(await app.Client.GetStringAsync($"/api/review?{query}", ct)).RootElement.GetProperty("facts").EnumerateArray().ToList();
        var learned = await Api("origin=learned");
        var rules = await Api("origin=rules");
        Assert.NotEmpty(learned);
        Assert.All(learned, f => Assert.Equal(System.Text.Json.JsonValueKind.Number, f.GetProperty("learned_score").ValueKind));
        Assert.Contains(rules, f => f.GetProperty("kind").GetString() == "chaired" && f.GetProperty("iso3").GetString() == "NZL");
        Assert.All(rules, f => Assert.Equal(System.Text.Json.JsonValueKind.Null, f.GetProperty("learned_score").ValueKind));
        Assert.Equal((await Api("")).Count, learned.Count + rules.Count);

        var page = await app.Client.GetStringAsync("/review?origin=learned", ct);
        Assert.Equal(learned.Count, System.Text.RegularExpressions.Regex.Count(page, @">learned 0\.\d\d<"));
        Assert.Contains("from the learned model", page);
        Assert.Contains("origin=learned&amp;format=csv", page);
        Assert.DoesNotMatch(@">learned 0\.\d\d<", await app.Client.GetStringAsync("/review?origin=rules", ct));
        var refused = await app.Client.GetAsync("/api/review?origin=model", ct);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("origin: 'model' is not one of rules, learned, all", await refused.Content.ReadAsStringAsync(ct));

        var cli = new CliRunner(database.Url);
        var listed = System.Text.Json.JsonDocument.Parse((await cli.RunAsync("review", "list", "--origin", "learned", "--format", "json")).Succeeded().Out).RootElement.GetProperty("facts");
        Assert.Equal(learned.Select(f => f.GetProperty("id").GetInt64()), listed.EnumerateArray().Select(f => f.GetProperty("id").GetInt64()));
        var wrong = await cli.RunAsync("review", "list", "--origin", "model");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--origin: 'model' is not one of rules, learned, all", wrong.Error);
    }
}
