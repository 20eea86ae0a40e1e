using System.Threading.Channels;
using Banwatch.Core.Failures;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;

namespace Banwatch.Features.Intake;

/// <summary>Reading and extraction of files, on all cores; one unreadable file does not stop the rest.</summary>
public static class Extractor
{
    /// <summary>
    /// How long extracting one file may take. Every step is linear in its input, so a file within the size limit
    /// takes seconds (the 40 MB document of bench/intake.sh: about 25); the budget stops what that bound misses, and
    /// the file is refused with the reason while the batch goes on.
    /// </summary>
    public static readonly TimeSpan FileBudget = TimeSpan.FromMinutes(2);

    /// <summary>
    /// How much extracting one file may allocate: a fixed allowance and a multiple of its text's length. Extracting a
    /// report allocates 25–150 bytes per character, and the densest file in the tests (a megabyte of names and cues
    /// without a full stop) about 1,100; a file that needs more is breaking a linear bound (the run-on
    /// "sentence" of 400 KB took 7.3 GB) and is refused.
    /// </summary>
    public static long MemoryBudget(int textLength) => FixedMemory + (MemoryPerCharacter * (long)textLength);

    private const long FixedMemory = 256L * 1024 * 1024;

    private const long MemoryPerCharacter = 2048;

    /// <summary>Reads and extracts one file, or says in one line why it cannot; skips content already stored.</summary>
    public static FileExtraction Extract(ExtractionPipeline pipeline, string file, IReadOnlySet<string>? alreadyStored = null) =>
        Extract(pipeline, file, () => DocumentReader.Read(file, alreadyStored));

    /// <summary>Extracts what <paramref name="read"/> returns (null: content already stored), or says in one line why it cannot.</summary>
    /// <param name="budget">The time the extraction may take (<see cref="FileBudget"/> unless given), on <paramref name="time"/>'s clock.</param>
    /// <param name="memory">The bytes it may allocate, from the length of the text read (<see cref="MemoryBudget"/> unless given).</param>
    public static FileExtraction Extract(
        ExtractionPipeline pipeline, string file, Func<ReadDocument?> read, TimeSpan? budget = null, TimeProvider? time = null, Func<int, long>? memory = null)
    {
        var allowed = budget ?? FileBudget;
        using var overBudget = new CancellationTokenSource(allowed, time ?? TimeProvider.System);
        try
        {
            if (read() is not { } document)
            {
                return new FileExtraction(file, null, null);
            }

            var limits = new ExtractionBudget((memory ?? MemoryBudget)(document.Document.Text.Length), overBudget.Token);
            return new FileExtraction(file, new ExtractedDocument(document, pipeline.Run(document.Document, limits)), null);
        }
        catch (OperationCanceledException) when (overBudget.IsCancellationRequested)
        {
            return new FileExtraction(file, null, $"took longer than its budget of {allowed.TotalSeconds:0} s to extract; split it into smaller files");
        }
        catch (OverMemoryBudgetException e)
        {
            return new FileExtraction(file, null, $"{e.Message} to extract; split it into smaller files");
        }
        catch (Exception e) when (e is UnreadableDocumentException or IOException or UnauthorizedAccessException)
        {
            return new FileExtraction(file, null, e.Message);
        }
        catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException))
        {
            // A reader (PdfPig, AngleSharp) failing on a file it did not expect: that file is refused, the batch goes on.
            return new FileExtraction(file, null, $"could not be read ({e.GetType().Name}: {Errors.Failure.OneLine(e.Message)})");
        }
    }

    /// <summary>
    /// Reads and extracts files on every core and hands each to <paramref name="each"/> in the order given, as soon as
    /// it and the files before it are done. At most a few documents are held at once, so memory follows the largest
    /// document, not the batch.
    /// </summary>
    /// <param name="workers">Files extracted at once (the number of cores unless given).</param>
    public static async Task ExtractEachAsync(Catalog catalog, IReadOnlyList<string> files, Func<FileExtraction, Task> each, int? workers = null, CancellationToken ct = default)
    {
        var pipeline = ExtractionPipeline.Standard(catalog.Vocabulary, catalog.Meetings, FactModel.Shipped);
        var width = workers ?? Environment.ProcessorCount;
        if (width == 1)
        {
            // One core: handing files to other threads only adds switches between them.
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                await each(Extract(pipeline, file));
            }

            return;
        }

        var window = Channel.CreateBounded<Task<FileExtraction>>(width);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(
            async () =>
            {
                try
                {
                    foreach (var file in files)
                    {
                        await window.Writer.WriteAsync(Task.Run(() => Extract(pipeline, file), stop.Token), stop.Token);
                    }
                }
                finally
                {
                    window.Writer.Complete();
                }
            },
            stop.Token);
        try
        {
            await foreach (var extraction in window.Reader.ReadAllAsync(stop.Token))
            {
                await each(await extraction);
            }
        }
        finally
        {
            // A failure while handing out stops the reading too, which would otherwise wait on a full window.
            await stop.CancelAsync();
            await producer.ContinueWith(_ => { }, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
        }
    }

    /// <param name="model">The learned fact model (<see cref="FactModel.Shipped"/> as ingest uses it); null for the rules alone.</param>
    public static ExtractionBatch ExtractFiles(Catalog catalog, IReadOnlyList<string> files, FactModel? model)
    {
        var pipeline = ExtractionPipeline.Standard(catalog.Vocabulary, catalog.Meetings, model);
        var results = new FileExtraction[files.Count];
        Parallel.For(0, files.Count, i => results[i] = Extract(pipeline, files[i]));
        return new ExtractionBatch(
            [.. results.Where(r => r.Extracted is not null).Select(r => r.Extracted!)],
            [.. results.Where(r => r.Failure is not null).Select(r => new FileFailure(r.Path, r.Failure!))]);
    }
}

/// <summary>What became of one file: extracted, failed (with the reason), or neither when its content was already stored.</summary>
public sealed record FileExtraction(string Path, ExtractedDocument? Extracted, string? Failure)
{
    public bool AlreadyStored => Extracted is null && Failure is null;
}

public sealed record ExtractedDocument(ReadDocument File, Extraction Extraction);

public sealed record FileFailure(string Path, string Reason);

public sealed record ExtractionBatch(IReadOnlyList<ExtractedDocument> Extracted, IReadOnlyList<FileFailure> Failures)
{
    public IEnumerable<Extraction> Documents => Extracted.Select(e => e.Extraction);
}

/// <summary>Expands the paths a person gives (files and folders, recursively) to the documents Banwatch can read.</summary>
public static class DocumentFiles
{
    public static IReadOnlyList<string> Expand(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => DocumentReader.Extensions.Contains(Path.GetExtension(f)))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                throw new BanwatchException(FailureKind.MissingFile, $"{path}: no such file or folder");
            }
        }

        return files;
    }
}
