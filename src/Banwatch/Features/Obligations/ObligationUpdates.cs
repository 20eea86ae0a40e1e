using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Core.Obligations;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;

using Banwatch.Features.Accounts;

namespace Banwatch.Features.Obligations;

/// <summary>
/// A fact a person adds about an obligation, with its source: checked against the treaty and the data, then
/// stored in one transaction, apart from the reference data (a reload keeps it). Refusals are one-line
/// <see cref="BanwatchException"/>s naming the field.
/// </summary>
public sealed record ObligationInput(
    string State,
    int? Article,
    ObligationKind? Kind,
    int? Year,
    ReportedDate? Completed,
    DateOnly? ExtendedDeadline,
    string? GrantedAt,
    DateOnly? PublishedDeadline,
    string? Source,
    string? Note);

/// <param name="Now">The obligation as it stands today, with the update applied.</param>
public sealed record AddedUpdate(long Id, State State, ObligationUpdate Update, ObligationRow? Now);

public static class ObligationUpdates
{
    private static readonly Field Article = new("article");
    private static readonly Field Kind = new("kind");
    private static readonly Field ExtendedDeadline = new("extended_deadline");

    public static async Task<AddedUpdate> AddAsync(BanwatchApp app, ObligationInput input, Caller? caller = null, CancellationToken ct = default)
    {
        var who = Caller.OrLocal(caller, "updating obligations");
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        var state = catalog.Resolve(input.State);
        if (catalog.Timeline.EntryIntoForceFor(state.Iso3) is not { } eif)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{state.Name} ({state.Iso3}) has deposited no instrument, so it has no obligations under the Convention");
        }

        var kind = KindOf(input.Article, input.Kind);
        Source source;
        try
        {
            source = Source.Parse(input.Source);
        }
        catch (FormatException e)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("source")}: {e.Message}");
        }

        if (input.Completed is { } completed && completed.First > app.Today)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("completed")}: {completed} is after today ({app.Today:yyyy-MM-dd})");
        }

        if (input.GrantedAt is { } meeting && !(await app.Db.EventsAsync(ct)).Any(e => e.Id == meeting))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("granted_at")}: unknown meeting '{meeting}' (give an id from the events list, such as 12msp-2024)");
        }

        var update = new ObligationUpdate(state.Iso3, kind, input.Year, input.Completed, input.ExtendedDeadline, input.GrantedAt, input.PublishedDeadline, source, input.Note);

        if (input.ExtendedDeadline is { } extendedTo)
        {
            await CheckExtensionAsync(app, state.Iso3, kind, eif, extendedTo, ct);
        }

        var id = await app.Db.AddObligationUpdateAsync(update, app.Time.GetUtcNow(), Accounts.Accounts.Audit(app, who), ct);
        var now = ObligationsReport.For(await Catalog.LoadAsync(app.Db, ct), new ObligationQuery(app.Today, state.Iso3)).Obligations
            .FirstOrDefault(o => o.Kind == kind && o.YearCovered == input.Year);
        return new AddedUpdate(id, state, update, now);
    }

    /// <summary>The kind, or the article where it names one kind; both must agree.</summary>
    private static ObligationKind KindOf(int? article, ObligationKind? kind)
    {
        if (article is { } a && ObligationKinds.OfArticle(a).Count == 0)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{Article}: {a} sets no deadline; the Convention's deadlines are in Articles 3, 4 and 7");
        }

        return (article, kind) switch
        {
            (null, null) => throw new BanwatchException(FailureKind.Invalid, $"give {Kind} ({string.Join(", ", WireName.All<ObligationKind>())}) or {Article} 3 or 4"),
            ({ } art, { } k) when ObligationKinds.ArticleOf(k) != art =>
                throw new BanwatchException(FailureKind.Invalid, $"{Article} {art} does not match {Kind} {WireName.Of(k)} (Art. {ObligationKinds.ArticleOf(k)})"),
            (_, { } k) => k,
            ({ } art, null) when ObligationKinds.OfArticle(art) is [var only] => only,
            ({ } art, null) => throw new BanwatchException(FailureKind.Invalid, $"{Article} {art} has several kinds: give {Kind} {string.Join(" or ", ObligationKinds.OfArticle(art).Select(WireName.Of))}"),
        };
    }

    /// <summary>
    /// An extension must move the deadline later, by at most one extension's length (Art. 3(3), Art. 4(5)) past the
    /// deadline it extends: the latest recorded extended deadline before it, or else the original deadline.
    /// </summary>
    private static async Task CheckExtensionAsync(BanwatchApp app, Iso3 iso3, ObligationKind kind, DateOnly eif, DateOnly extendedTo, CancellationToken ct)
    {
        var records = (await app.Db.ObligationRecordsAsync(ct)).Where(r => r.Iso3 == iso3 && r.Kind == kind).ToList();
        var (original, rule) = ObligationLedger.OriginalDeadline(kind, eif, null, records.Select(r => r.HostilitiesEnded).FirstOrDefault(h => h is not null));
        if (extendedTo <= original)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{ExtendedDeadline}: {extendedTo:yyyy-MM-dd} is not after the original deadline {original:yyyy-MM-dd} ({rule})");
        }

        var recorded = records.Select(r => r.ExtendedDeadline)
            .Concat((await app.Db.ObligationUpdatesAsync(ct)).Where(u => u.Iso3 == iso3 && u.Kind == kind).Select(u => u.ExtendedDeadline))
            .OfType<DateOnly>();
        var extends = recorded.Where(d => d < extendedTo).Append(original).Max();
        if (!ObligationKinds.IsPermittedExtension(kind, extends, extendedTo))
        {
            var years = kind == ObligationKind.StockpileDestruction ? "four years (Art. 3(3))" : "five years (Art. 4(5))";
            throw new BanwatchException(FailureKind.Invalid, $"{ExtendedDeadline}: {extendedTo:yyyy-MM-dd} is more than {years} after the deadline it extends, {extends:yyyy-MM-dd}");
        }
    }
}
