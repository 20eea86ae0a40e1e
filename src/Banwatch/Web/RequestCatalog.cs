using Banwatch.Features;

namespace Banwatch.Web;

/// <summary>The catalogue for one request, loaded once however many parts of the page (its body, the footer) need it.</summary>
public sealed class RequestCatalog(BanwatchApp app)
{
    private Task<Catalog>? _catalog;
    private Task<int>? _pending;

    public Task<Catalog> GetAsync(CancellationToken ct) => _catalog ??= Catalog.LoadAsync(app.Db, ct);

    /// <summary>Facts waiting for review, for the navigation's badge.</summary>
    public Task<int> PendingFactsAsync(CancellationToken ct) => _pending ??=
        app.Db.Records.GetAsync("pending facts", () => app.Db.FactCountAsync(Data.Review.Pending, ct: CancellationToken.None), ct);
}
