using System.Text.Json;
using Banwatch.Testing;

namespace Banwatch.Tests.Cli;

/// <summary>A report that says the same thing several times puts one fact in the queue, with every sentence that says it.</summary>
public sealed class OneFactPerSubjectTests : IAsyncLifetime
{
    private const string Report =
        "Oslo, 3 December 2008. Norway signed the Convention on the first day.\n\n" +
        "Ministers from Laos and Lebanon spoke. Norway signed the Convention before them, the host said.\n\n" +
        "In closing, the chair recalled that Norway signed the Convention in the city hall.";

    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-merge-").FullName;

    private CliRunner Cli => new(_database.Url);

    public ValueTask InitializeAsync()
    {
        File.WriteAllText(Path.Combine(_folder, "oslo.txt"), Report);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Review_extract_and_csv_show_one_fact_with_its_other_sentences()
    {
        (await Cli.RunAsync("ingest", _folder)).Succeeded();
        var facts = JsonDocument.Parse((await Cli.RunAsync("review", "list", "--format", "json")).Succeeded().Out).RootElement.GetProperty("facts").EnumerateArray().ToList();
        var signed = Assert.Single(facts, f => f.GetProperty("kind").GetString() == "signed" && f.GetProperty("iso3").GetString() == "NOR");
        Assert.Equal(Report.IndexOf("Norway signed", StringComparison.Ordinal), signed.GetProperty("mention_start").GetInt32());
        var places = signed.GetProperty("other_places").EnumerateArray().ToList();
        Assert.Equal(2, places.Count);
        Assert.Equal(
            [Report.IndexOf("Norway signed the Convention before", StringComparison.Ordinal), Report.LastIndexOf("Norway signed", StringComparison.Ordinal)],
            places.Select(p => p.GetProperty("mention_start").GetInt32()));

        var csv = (await Cli.RunAsync("review", "list", "--format", "csv")).Succeeded().Out;
        Assert.Contains("other_places", csv.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains($"{places[0].GetProperty("evidence_start").GetInt32()}-{places[0].GetProperty("evidence_end").GetInt32()} | ", csv, StringComparison.Ordinal);

        var rows = (await Cli.RunAsync("extract", "--format", "jsonl", Path.Combine(_folder, "oslo.txt"))).Succeeded().Out
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var row = Assert.Single(rows, r => r.GetProperty("kind").GetString() == "signed" && r.GetProperty("state").GetString() == "NOR");
        Assert.Equal(2, row.GetProperty("also").GetArrayLength());
    }
}
