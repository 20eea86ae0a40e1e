using Banwatch.Core;
using Banwatch.Data;
using Banwatch.Data.Import;

namespace Banwatch;

/// <summary>
/// The composition root shared by every entry point: the database (migrated and seeded), the clock and
/// where the shipped data lives. The CLI builds one per command; `serve` builds one for the process.
/// </summary>
public sealed class BanwatchApp(BanwatchDb db, TimeProvider time, string dataFolder) : IDisposable
{
    public const string DataFolderVariable = "BANWATCH_DATA";

    public BanwatchDb Db { get; } = db;

    public TimeProvider Time { get; } = time;

    public string DataFolder { get; } = dataFolder;

    /// <summary>Today as the injected clock sees it (UTC, as UN depositary dates are).</summary>
    public DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    /// <summary>Whether the database holds other reference data than <see cref="DataFolder"/>; `data load` replaces it.</summary>
    public bool ReferenceDataDiffers { get; private set; }

    /// <summary>The data/ folder beside the executable, unless BANWATCH_DATA names another.</summary>
    public static string DefaultDataFolder =>
        Environment.GetEnvironmentVariable(DataFolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>
    /// Opens the database named by --db / BANWATCH_DB / the default path and applies migrations. A database holding
    /// no reference data gets the shipped data (unless <paramref name="seed"/> is false); one holding some is only
    /// read, so an ordinary command never rewrites it, nor fails on a data/ folder that no longer fits what is stored.
    /// </summary>
    public static async Task<BanwatchApp> OpenAsync(string? db, TimeProvider time, string? dataFolder = null, bool seed = true, CancellationToken ct = default)
    {
        var database = await BanwatchDb.OpenAsync(DbTarget.Resolve(db), ct);
        var app = new BanwatchApp(database, time, dataFolder ?? DefaultDataFolder);
        try
        {
            if (seed && await database.ReferenceDataHashAsync(ct) is { } stored)
            {
                app.ReferenceDataDiffers = stored != CsvImport.Hash(app.DataFolder);
            }
            else if (seed)
            {
                await app.LoadReferenceDataAsync(app.DataFolder, ct: ct);
            }
        }
        catch
        {
            app.Dispose();
            throw;
        }

        return app;
    }

    /// <summary>
    /// Checks every file of <paramref name="folder"/> and stores them all, unless the database holds this exact content;
    /// a load is written to the audit log as <paramref name="audit"/>'s, in the same transaction.
    /// </summary>
    public async Task<ReferenceLoad> LoadReferenceDataAsync(string folder, Audit? audit = null, CancellationToken ct = default)
    {
        var data = CsvImport.Read(folder);
        var entry = audit is null ? null : audit with
        {
            Action = "data-loaded",
            Subject = $"reference data from {folder}",
            Record = "reference-data",
            After = $"{CsvImport.Files.Count} files, content {data.ContentHash}",
        };
        var loaded = await Db.LoadReferenceDataAsync(data, entry, ct);
        ReferenceDataDiffers = false;
        return new ReferenceLoad(folder, data.ContentHash, loaded, CsvImport.Files.Count, ReferenceLoad.RowsPerTable(data));
    }

    public void Dispose() => Db.Dispose();
}

/// <summary>What a load of the reference data did: nothing, when the same content was already stored.</summary>
/// <param name="Rows">Rows per database table, as read from the files (and stored, when <paramref name="Loaded"/>).</param>
public sealed record ReferenceLoad(string Folder, string ContentHash, bool Loaded, int Files, IReadOnlyList<(string Table, int Rows)> Rows)
{
    public static IReadOnlyList<(string Table, int Rows)> RowsPerTable(ReferenceData data) =>
    [
        ("states", data.States.Count),
        ("state_aliases", data.Aliases.Count),
        ("treaty_records", data.Treaty.Count),
        ("events", data.Events.Count),
        ("event_figures", data.Figures.Count),
        ("declarations", data.Declarations.Count),
        ("participation", data.Participation.Count),
        ("obligation_records", data.Obligations.Count),
        ("article7_reports", data.Reports.Count),
        ("category_lists", data.CategoryLists.Count),
        ("category_entries", data.CategoryEntries.Count),
        ("unga_resolutions", data.UngaResolutions.Count),
        ("unga_votes", data.UngaVotes.Count),
    ];
}
