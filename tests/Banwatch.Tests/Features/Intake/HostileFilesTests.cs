using System.Text;
using System.Text.Json;
using Banwatch.Features.Intake;
using Banwatch.Testing;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Banwatch.Tests.Features.Intake;

/// <summary>
/// Odd and hostile files in one batch with good ones (a fuzz run with a fixed seed, so a failure repeats): every
/// file gets an outcome, a refused one a one-line reason, and the good files beside them are stored.
/// </summary>
public sealed class HostileFilesTests : IAsyncLifetime
{
    private const int Seed = 20261201;

    private readonly SqliteTestDatabase _database = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("banwatch-hostile-").FullName;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        await _database.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private static byte[] Pdf(string text)
    {
        var builder = new PdfDocumentBuilder();
        builder.AddPage(595, 842).AddText(text, 10, new PdfPoint(30, 800), builder.AddStandard14Font(Standard14Font.Helvetica));
        return builder.Build();
    }

    private const string GoodHtml =
        "<html><head><title>Vienna</title></head><body><article><p>At the Vienna Conference, Austria announced a national ban.</p>" +
        "<ul><li>Norway signed the Convention.</li><li>Laos ratified it.</li></ul><table><tr><td>Ghana</td><td>attended</td></tr></table></article></body></html>";

    private void Write(string name, byte[] bytes) => File.WriteAllBytes(Path.Combine(_folder, name), bytes);

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    [Fact]
    public async Task A_batch_of_hostile_files_finishes_and_stores_the_good_files_beside_them()
    {
        var random = new Random(Seed);
        Write("good.txt", "source: https://example.org/good\nOslo, 3 December 2008. Norway signed the Convention on Cluster Munitions.");
        var pdf = Pdf("At the Vienna Conference, Austria announced a national ban on cluster munitions.");
        Write("good.pdf", pdf);

        // Mutated PDFs: bytes overwritten, cut short, or a run of bytes repeated.
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])pdf.Clone();
            switch (i % 3)
            {
                case 0:
                    for (var k = 0; k < 1 + random.Next(8); k++)
                    {
                        bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
                    }

                    break;
                case 1:
                    bytes = bytes[..random.Next(1, bytes.Length)];
                    break;
                default:
                    var at = random.Next(bytes.Length - 64);
                    bytes = [.. bytes[..at], .. Enumerable.Repeat(bytes.AsSpan(at, 64).ToArray(), 1 + random.Next(50)).SelectMany(b => b), .. bytes[at..]];
                    break;
            }

            Write($"mutated-{i:00}.pdf", bytes);
        }

        // HTML cut at random points, and nested far deeper than any page's layout.
        for (var i = 0; i < 10; i++)
        {
            Write($"truncated-{i}.html", GoodHtml[..random.Next(1, GoodHtml.Length)]);
        }

        Write("nested.html", "<html><body><p>Norway signed the Convention.</p>" + string.Concat(Enumerable.Repeat("<span>", 100_000)) + "Laos ratified it." + string.Concat(Enumerable.Repeat("</span>", 100_000)) + "</body></html>");
        Write("nested-divs.html", string.Concat(Enumerable.Repeat("<div><b>", 20_000)) + "Ghana attended.");

        // Random bytes under every extension, a 1 MB line of one letter, a 1 MB "sentence" without a full stop.
        foreach (var extension in new[] { "txt", "md", "html", "pdf" })
        {
            var bytes = new byte[4096];
            random.NextBytes(bytes);
            Write($"random.{extension}", bytes);
        }

        Write("long-line.txt", new string('a', 1_000_000));
        var words = new[] { "Norway", "signed", "Lebanon", "the", "Convention", "attended", "and", "meeting", "Laos", "said", "support" };
        var runOn = new StringBuilder();
        while (runOn.Length < 1_000_000)
        {
            runOn.Append(words[random.Next(words.Length)]).Append(' ');
        }

        Write("run-on.txt", runOn.ToString());

        var result = await new CliRunner(_database.Url).RunAsync("ingest", _folder, "--format", "json");

        Assert.True(result.ExitCode is 0 or 4, $"exit code {result.ExitCode}: {result.Error}");
        var files = JsonDocument.Parse(result.Out).RootElement.GetProperty("files").EnumerateArray()
            .ToDictionary(f => Path.GetFileName(f.GetProperty("path").GetString()!), f => (Outcome: f.GetProperty("outcome").GetString(), Reason: f.GetProperty("reason").GetString()));
        Assert.Equal(Directory.GetFiles(_folder).Length, files.Count);
        foreach (var name in new[] { "good.txt", "good.pdf", "nested.html", "nested-divs.html", "long-line.txt", "run-on.txt" })
        {
            Assert.True(files[name].Outcome == "ingested", $"{name}: {files[name].Outcome} ({files[name].Reason})");
        }

        Assert.All(files.Where(f => f.Value.Outcome == "failed"), f => Assert.False(string.IsNullOrWhiteSpace(f.Value.Reason) || f.Value.Reason!.Contains('\n'), f.Key));
        var search = await new CliRunner(_database.Url).RunAsync("search", "Laos ratified", "--format", "json");
        Assert.Contains("nested.html", search.Succeeded().Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(100, false)]
    [InlineData(DocumentReader.MaxNesting + 1, true)]
    public void Nesting_is_counted_as_a_parser_nests_elements(int depth, bool exceeds)
    {
        var html = string.Concat(Enumerable.Repeat("<div>", depth)) + "<br><img src=x><p>one<p>two<li>a<li>b" + string.Concat(Enumerable.Repeat("</div>", depth));
        Assert.Equal(exceeds, DocumentReader.NestingExceeds(html, DocumentReader.MaxNesting));
    }

    [Fact]
    public void Thousands_of_unclosed_paragraphs_and_list_items_are_not_deep()
    {
        var html = "<body>" + string.Concat(Enumerable.Repeat("<p>Norway signed.<li>item", 5_000)) + "</body>";
        Assert.False(DocumentReader.NestingExceeds(html, DocumentReader.MaxNesting));
    }

    [Fact]
    public void A_flattened_page_keeps_its_text_paragraphs_and_title_and_drops_scripts()
    {
        var html = "<html><head><title>Deep &amp; odd</title><script>var s = 'Chile';</script></head><body>" + string.Concat(Enumerable.Repeat("<div>", 300)) +
            "<p>Norway signed.</p><p>Laos&nbsp;ratified.</p>" + string.Concat(Enumerable.Repeat("</div>", 300)) + "</body></html>";
        var document = DocumentReader.FromHtml("deep.html", html);
        Assert.Equal("Deep & odd", document.Title);
        Assert.Equal("Norway signed.\n\nLaos ratified.", document.Text);
        Assert.Null(document.Published);
    }

    [Fact]
    public async Task A_file_over_its_time_budget_is_refused_with_the_reason_and_one_within_it_is_extracted()
    {
        var pipeline = await PipelineAsync();
        var read = Reading("Norway signed the Convention.");
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();

        var over = Extractor.Extract(pipeline, "a.txt", read, TimeSpan.Zero, clock);
        Assert.Null(over.Extracted);
        Assert.Equal("took longer than its budget of 0 s to extract; split it into smaller files", over.Failure);

        var within = Extractor.Extract(pipeline, "a.txt", read, TimeSpan.FromSeconds(1), clock); // the fake clock does not move
        Assert.Null(within.Failure);
        Assert.Single(within.Extracted!.Extraction.Facts);
    }

    [Fact]
    public async Task Files_are_handed_out_in_the_order_given_whether_extracted_on_one_worker_or_several()
    {
        Write("a.txt", "Norway signed the Convention.");
        Write("b.html", "<p>Laos ratified it.");
        Write("c.pdf", [1, 2, 3]);
        Write("d.txt", "Chile attended the Dublin conference.");
        var files = Directory.GetFiles(_folder).Order(StringComparer.Ordinal).ToList();
        var catalog = await CatalogAsync();
        async Task<List<string>> Outcomes(int workers)
        {
            var seen = new List<string>();
            await Extractor.ExtractEachAsync(
                catalog,
                files,
                f =>
                {
                    seen.Add($"{Path.GetFileName(f.Path)}: {(f.Failure is null ? string.Join(",", f.Extracted!.Extraction.Facts.Select(x => x.State.Value)) : "failed")}");
                    return Task.CompletedTask;
                },
                workers,
                TestContext.Current.CancellationToken);
            return seen;
        }

        var one = await Outcomes(1);
        Assert.Equal(["a.txt: NOR", "b.html: LAO", "c.pdf: failed", "d.txt: CHL"], one);
        Assert.Equal(one, await Outcomes(3));
    }

    [Fact]
    public async Task A_file_over_its_memory_budget_is_refused_with_the_reason_and_one_within_it_is_extracted()
    {
        var pipeline = await PipelineAsync();
        var read = Reading("Norway signed the Convention. " + string.Concat(Enumerable.Repeat("Chile and Peru attended the talks. ", 2_000)));

        // A budget of one kilobyte is spent by the first steps; the default one, sized by the text, is not.
        var over = Extractor.Extract(pipeline, "a.txt", read, memory: _ => 1024);
        Assert.Null(over.Extracted);
        Assert.Equal("allocated more than its memory budget of 0 MB to extract; split it into smaller files", over.Failure);

        var within = Extractor.Extract(pipeline, "a.txt", read);
        Assert.Null(within.Failure);
        Assert.Contains(within.Extracted!.Extraction.Facts, f => f.State.Value == "NOR");
        Assert.True(Extractor.MemoryBudget(400_000) < 7_300_000_000L, "the issue's run-on sentence of 400 KB, which took 7.3 GB, is over the budget");
    }

    /// <summary>The catalogue of a freshly seeded database.</summary>
    private async Task<Banwatch.Features.Catalog> CatalogAsync()
    {
        using var app = await BanwatchApp.OpenAsync(_database.Url, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(CliRunner.Today), ct: TestContext.Current.CancellationToken);
        return await Banwatch.Features.Catalog.LoadAsync(app.Db, TestContext.Current.CancellationToken);
    }

    /// <summary>The pipeline as ingest and extract build it, the learned facts included.</summary>
    private async Task<Core.Intake.ExtractionPipeline> PipelineAsync()
    {
        var catalog = await CatalogAsync();
        return Core.Intake.ExtractionPipeline.Standard(catalog.Vocabulary, catalog.Meetings, Core.Intake.Learned.FactModel.Shipped);
    }

    /// <summary>A reader that hands over <paramref name="text"/> as the file a.txt.</summary>
    private static Func<ReadDocument?> Reading(string text) =>
        () => new ReadDocument("a.txt", "txt", "hash", new Core.Intake.TextDocument("a.txt", text, null, null, null));
}
