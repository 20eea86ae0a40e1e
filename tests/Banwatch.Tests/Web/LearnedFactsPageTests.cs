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
}
