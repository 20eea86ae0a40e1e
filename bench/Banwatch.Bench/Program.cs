using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Text;
using System.Text.RegularExpressions;
using Banwatch.Bench;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;
using Banwatch.Core.States;
using Banwatch.Data.Import;

// Measures mention detection and full extraction on one core, next to .NET's own multi-pattern options run on
// the same text and alias table, and full extraction on every core. Prints a Markdown table for BENCHMARKS.md.
// --mb N: corpus size. --write DIR: also write the documents there as files. --corpus generated|eval: text made up from templates (dense in names and cues), or the
// project's own evaluation documents (eval/docs, written in the style of real reports) repeated to that size.
var megabytes = Option("--mb") is { } mbText ? int.Parse(mbText, CultureInfo.InvariantCulture) : 100;
var corpusKind = Option("--corpus") ?? "generated";
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;

// The alternation of every name exceeds NonBacktracking's default automaton limit (10,000 nodes).
AppContext.SetData("REGEX_NONBACKTRACKING_MAX_AUTOMATA_SIZE", 1_000_000);

var data = CsvImport.Read(Path.Combine(AppContext.BaseDirectory, "data"));
var vocabulary = new StateVocabulary(data.States, data.Aliases);
var text = corpusKind == "eval"
    ? Corpus.Repeat(Corpus.EvalDocuments(), megabytes * 1_000_000L)
    : Corpus.Generate(data.States, data.Aliases, megabytes * 1_000_000L);
var mb = Encoding.UTF8.GetByteCount(text) / 1_000_000.0;

// Documents of about 20 kB, like a long report: extraction runs per document. Each is titled by its first line, as
// `extract` reads the same text from a file (a title can name the meeting a report is about), so that the engine and
// the CLI extract the same documents.
var documents = Split(text, 20_000).Select((t, i) => new TextDocument($"doc{i}", t, TextDocument.FirstLineTitle(t))).ToList();
Console.WriteLine($"corpus ({corpusKind}): {mb:0.0} MB UTF-8 in {documents.Count} documents; {vocabulary.Matcher.Entries.Count} names; {Environment.ProcessorCount} cores; .NET {Environment.Version}");

// --write DIR: the same documents as files, so bench/intake.sh can run the CLI on exactly this corpus.
if (Option("--write") is { } folder)
{
    Directory.CreateDirectory(folder);
    foreach (var (d, i) in documents.Select((d, i) => (d, i)))
    {
        File.WriteAllText(Path.Combine(folder, $"doc{i:00000}.txt"), d.Text);
    }
}

var meetings = new MeetingResolver(data.Events.Select(e => (e.Id, e.Name)));

// --once: full extraction in one pass, as a fresh process meets it (no warm-up), and nothing else; bench/intake.sh
// runs it with the CLI's compilation settings to tell what the CLI adds to the engine from what a cold start costs.
// It also says how long the process spent compiling, on the same core: the part of a cold start no tuning of the rules moves.
if (args.Contains("--once"))
{
    var once = Stopwatch.StartNew();
    var pipeline = ExtractionPipeline.Standard(vocabulary, meetings, FactModel.Shipped);
    var onceFacts = documents.Sum(d => (long)pipeline.Run(d).Facts.Count);
    Console.WriteLine($"one cold pass: {once.Elapsed.TotalSeconds:0.00} s, {mb / once.Elapsed.TotalSeconds:0.0} MB/s, {onceFacts:N0} facts; compiling {JitInfo.GetCompilationTime().TotalSeconds:0.00} s for {JitInfo.GetCompiledMethodCount():N0} methods");
    return;
}

var aliasTexts = vocabulary.Matcher.Entries.Select(e => e.Alias).ToArray();
var alternation = @"\b(?:" + string.Join('|', aliasTexts.OrderByDescending(a => a.Length).Select(Regex.Escape)) + @")\b";

// Full extraction as `extract` and `ingest` build it: the learned facts too, and facts filed under the record's events.
var mentionsOnly = ExtractionPipeline.MentionsOnly(vocabulary);
var standard = ExtractionPipeline.Standard(vocabulary, meetings, FactModel.Shipped);
var rows = new List<(string Name, double MBps, double AllocPerMB, long Found)>
{
    // One pipeline for the whole corpus, as ingest and extract build it once per batch.
    Measure("Banwatch mention detection (AliasMatcher + disambiguation)", () => documents.Sum(d => (long)mentionsOnly.Run(d).Mentions.Count)),
    Measure("Banwatch full extraction (sentences, mentions, figures, facts)", () => documents.Sum(d => (long)standard.Run(d).Facts.Count)),
    Measure("Regex alternation, RegexOptions.NonBacktracking", RegexCounter(new Regex(alternation, RegexOptions.NonBacktracking | RegexOptions.CultureInvariant))),
    Measure("Regex alternation, RegexOptions.Compiled", RegexCounter(new Regex(alternation, RegexOptions.Compiled | RegexOptions.CultureInvariant))),
    Measure("SearchValues<string> + word-boundary check", SearchValuesCounter(SearchValues.Create(aliasTexts, StringComparison.Ordinal))),
};

var parallelPipeline = ExtractionPipeline.Standard(vocabulary, meetings, FactModel.Shipped);
var parallel = Stopwatch.StartNew();
var parallelFacts = documents.AsParallel().Sum(d => (long)parallelPipeline.Run(d).Facts.Count);
parallel.Stop();

Console.WriteLine();
Console.WriteLine("| what | MB/s (one core) | allocated per MB | items found |");
Console.WriteLine("|---|---:|---:|---:|");
foreach (var (name, mbps, alloc, found) in rows)
{
    Console.WriteLine($"| {name} | {mbps:0.0} | {alloc / 1024:0} KB | {found:N0} |");
}

Console.WriteLine($"| Banwatch full extraction on {Environment.ProcessorCount} cores (PLINQ) | {mb / parallel.Elapsed.TotalSeconds:0.0} (all cores) | | {parallelFacts:N0} |");

// Where full extraction spends its time, step by step (one core).
Console.WriteLine();
Console.WriteLine("| step | MB/s (one core) |");
Console.WriteLine("|---|---:|");
var steps = ExtractionPipeline.Standard(vocabulary, meetings, FactModel.Shipped).Steps;
var perStep = new double[steps.Count];
foreach (var d in documents)
{
    var context = new ExtractionContext(d);
    for (var i = 0; i < steps.Count; i++)
    {
        var t = Stopwatch.GetTimestamp();
        steps[i].Run(context);
        perStep[i] += Stopwatch.GetElapsedTime(t).TotalSeconds;
    }
}

for (var i = 0; i < steps.Count; i++)
{
    Console.WriteLine($"| {steps[i].Name} | {mb / perStep[i]:0.0} |");
}

return;

// Best of three timed runs after two warm-up runs (JIT tiering, regex caches); allocation from the last run.
(string, double, double, long) Measure(string name, Func<long> run)
{
    run();
    run();
    var best = double.MaxValue;
    long found = 0, bytes = 0;
    for (var i = 0; i < 3; i++)
    {
        GC.Collect();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        found = run();
        clock.Stop();
        bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        best = Math.Min(best, clock.Elapsed.TotalSeconds);
    }

    Console.WriteLine($"{name}: best {best:0.00} s");
    return (name, mb / best, bytes / mb, found);
}

Func<long> RegexCounter(Regex regex) => () => documents.Sum(d =>
{
    long n = 0;
    foreach (var _ in regex.EnumerateMatches(d.Text))
    {
        n++;
    }

    return n;
});

Func<long> SearchValuesCounter(SearchValues<string> values) => () => documents.Sum(d =>
{
    long n = 0;
    var span = d.Text.AsSpan();
    var pos = 0;
    while (pos < span.Length)
    {
        var i = span[pos..].IndexOfAny(values);
        if (i < 0)
        {
            break;
        }

        var at = pos + i;
        if (at == 0 || !char.IsLetterOrDigit(span[at - 1]))
        {
            n++;
        }

        pos = at + 1;
    }

    return n;
});

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

static IEnumerable<string> Split(string text, int size)
{
    for (var start = 0; start < text.Length;)
    {
        var end = Math.Min(text.Length, start + size);
        var paragraph = end < text.Length ? text.IndexOf("\n\n", end, StringComparison.Ordinal) : -1;
        end = paragraph < 0 ? text.Length : paragraph + 2;
        yield return text[start..end];
        start = end;
    }
}
