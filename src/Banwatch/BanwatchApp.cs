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

    /// <summary>The data/ folder beside the executable, unless BANWATCH_DATA names another.</summary>
    public static string DefaultDataFolder =>
        Environment.GetEnvironmentVariable(DataFolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(AppContext.BaseDirectory, "data");

    /// <summary>
    /// Opens the database named by --db / BANWATCH_DB / the default path, applies migrations, and loads the
    /// shipped reference data when the database does not hold this exact content yet.
    /// </summary>
    public static async Task<BanwatchApp> OpenAsync(string? db, TimeProvider time, string? dataFolder = null, CancellationToken ct = default)
    {
        var target = DbTarget.Resolve(db);
        var database = await BanwatchDb.OpenAsync(target, ct);
        var app = new BanwatchApp(database, time, dataFolder ?? DefaultDataFolder);
        try
        {
            await app.SeedAsync(ct);
        }
        catch
        {
            app.Dispose();
            throw;
        }

        return app;
    }

    /// <summary>Loads the data folder if its content hash differs from what the database holds.</summary>
    public async Task<ReferenceLoad> SeedAsync(CancellationToken ct = default)
    {
        var hash = CsvImport.Hash(DataFolder);
        if (hash == await Db.ReferenceDataHashAsync(ct))
        {
            return new ReferenceLoad(DataFolder, hash, Loaded: false);
        }

        var data = CsvImport.Read(DataFolder);
        var loaded = await Db.LoadReferenceDataAsync(data, ct);
        return new ReferenceLoad(DataFolder, data.ContentHash, loaded);
    }

    public void Dispose() => Db.Dispose();
}

/// <summary>What a load of the reference data did: nothing, when the same content was already stored.</summary>
public sealed record ReferenceLoad(string Folder, string ContentHash, bool Loaded);
