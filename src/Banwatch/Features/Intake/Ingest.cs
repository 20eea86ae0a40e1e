using System.Threading.Channels;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;
using Banwatch.Data;

namespace Banwatch.Features.Intake;

public enum IngestOutcome
{
    Ingested,
    Skipped,
    Failed,
}

/// <summary>What happened to one file.</summary>
public sealed record IngestedFile(string Path, IngestOutcome Outcome, long? DocumentId, int Mentions, int Facts, int Figures, string? Reason);

/// <summary>The record behind `banwatch ingest`: every file's outcome, and the counts.</summary>
public sealed record IngestSummary(IReadOnlyList<IngestedFile> Files)
{
    public int Ingested => Files.Count(f => f.Outcome == IngestOutcome.Ingested);

    public int Skipped => Files.Count(f => f.Outcome == IngestOutcome.Skipped);

    public int Failed => Files.Count(f => f.Outcome == IngestOutcome.Failed);
}

/// <summary>A file a person uploaded: its name as their machine called it, and its bytes.</summary>
public sealed record UploadedFile(string Name, byte[] Bytes);

/// <summary>
/// Ingests files: read and extract on every core, store one document at a time (one transaction each, so a
/// failure leaves no half-stored document). A file whose content is already stored is read once and not extracted.
/// </summary>
public static class Ingest
{
    /// <param name="audit">Who ingests (each document stored is written to the audit log with its name); null: not logged.</param>
    public static Task<IngestSummary> RunAsync(BanwatchDb db, Catalog catalog, IReadOnlyList<string> files, IProgress<IngestedFile>? progress = null, Audit? audit = null, CancellationToken ct = default) =>
        RunAsync(db, catalog, files, (pipeline, i, known) => Extractor.Extract(pipeline, files[i], known), progress, audit, ct);

    /// <summary>
    /// Ingests files uploaded from the browser or the API through the same steps as files on disk, so they get the same
    /// one-line refusals. Only the file name is kept of <see cref="UploadedFile.Name"/>: a browser may send a path.
    /// </summary>
    public static Task<IngestSummary> UploadAsync(BanwatchDb db, Catalog catalog, IReadOnlyList<UploadedFile> files, Audit? audit = null, CancellationToken ct = default)
    {
        var names = files.Select(f => Path.GetFileName(f.Name.Replace('\\', '/'))).ToList();
        return RunAsync(db, catalog, names, (pipeline, i, known) => Extractor.Extract(pipeline, names[i], () => DocumentReader.Read(names[i], files[i].Bytes, known)), null, audit, ct);
    }

    /// <param name="extract">Reads and extracts file i, unless its content hash is among those already stored.</param>
    private static async Task<IngestSummary> RunAsync(
        BanwatchDb db,
        Catalog catalog,
        IReadOnlyList<string> files,
        Func<ExtractionPipeline, int, IReadOnlySet<string>, FileExtraction> extract,
        IProgress<IngestedFile>? progress,
        Audit? audit,
        CancellationToken ct)
    {
        var pipeline = ExtractionPipeline.Standard(catalog.Vocabulary, catalog.Meetings, FactModel.Shipped);
        var results = new IngestedFile[files.Count];
        var extracted = Channel.CreateBounded<(int Index, ExtractedDocument Document)>(Environment.ProcessorCount * 2);

        // If storing fails, the readers stop too (they would otherwise wait on a full channel).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var store = Task.Run(
            async () =>
            {
                try
                {
                    await foreach (var (index, document) in extracted.Reader.ReadAllAsync(stop.Token))
                    {
                        var x = document.Extraction;
                        var (id, added) = await db.AddDocumentAsync(new NewDocument(document.File.ContentHash, document.File.Format, x), audit, stop.Token);
                        Report(index, new IngestedFile(files[index], added ? IngestOutcome.Ingested : IngestOutcome.Skipped, id, x.Mentions.Count, x.Facts.Count, x.Figures.Count, added ? null : "already stored (same content)"));
                    }
                }
                catch
                {
                    await stop.CancelAsync();
                    throw;
                }
            },
            stop.Token);

        try
        {
            var known = (await db.DocumentHashesAsync(ct)).ToHashSet(StringComparer.Ordinal);
            await Parallel.ForEachAsync(
                Enumerable.Range(0, files.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = stop.Token },
                async (i, token) =>
                {
                    var result = extract(pipeline, i, known);
                    if (result.AlreadyStored)
                    {
                        Report(i, new IngestedFile(files[i], IngestOutcome.Skipped, null, 0, 0, 0, "already stored (same content)"));
                    }
                    else if (result.Extracted is { } document)
                    {
                        await extracted.Writer.WriteAsync((i, document), token);
                    }
                    else
                    {
                        Report(i, new IngestedFile(files[i], IngestOutcome.Failed, null, 0, 0, 0, result.Failure));
                    }
                });
        }
        catch (OperationCanceledException) when (store.IsFaulted)
        {
            // The store's own error is the one to report; it is rethrown below.
        }
        finally
        {
            extracted.Writer.Complete();
        }

        await store;
        return new IngestSummary(results);

        void Report(int index, IngestedFile file)
        {
            results[index] = file;
            progress?.Report(file);
        }
    }
}
