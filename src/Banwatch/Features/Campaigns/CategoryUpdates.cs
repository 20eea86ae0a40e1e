using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.Provenance;

using Banwatch.Features.Accounts;

namespace Banwatch.Features.Campaigns;

/// <summary>
/// A category a person adds or corrects, with its source: <paramref name="Listed"/> false says the state no longer
/// holds it from <paramref name="AsOf"/>. Stored apart from the shipped lists, so a reload keeps it.
/// </summary>
public sealed record CategoryInput(string State, string? Category, bool Listed, ReportedDate? AsOf, ReportedDate? PeriodStart, ReportedDate? PeriodEnd, string? Source, string? Note);

public sealed record AddedCategory(long Id, string Iso3, string Name, Category Category, bool Listed, string AsOf, string Source);

public static class CategoryUpdates
{
    public static async Task<AddedCategory> AddAsync(BanwatchApp app, CategoryInput input, Caller? caller = null, CancellationToken ct = default)
    {
        var who = Caller.OrLocal(caller, "correcting categories");
        var catalog = await Catalog.LoadAsync(app.Db, ct);
        var state = catalog.Resolve(input.State);
        var category = CategoriesQuery.ParseCategory(input.Category ?? "", new Field("category"));
        var asOf = input.AsOf ?? throw new BanwatchException(FailureKind.Invalid, $"--as-of: the date the source gives is required (YYYY-MM-DD, or YYYY-MM or YYYY)");
        if (asOf.First > app.Today)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("as_of")}: {asOf} is after today ({app.Today:yyyy-MM-dd})");
        }

        if (input.PeriodStart is { } start && input.PeriodEnd is { } end && end.Last < start.First)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("period_end")}: {end} is before --period-start {start}");
        }

        if (input.PeriodEnd is not null && input.PeriodStart is null)
        {
            throw new BanwatchException(FailureKind.Invalid, $"--period-start: a period with an end needs its start");
        }

        var source = ManualSource.Parse(input.Source, new Field("source"));
        var update = new CategoryUpdate(0, state.Iso3, category, input.Listed, asOf, input.PeriodStart, input.PeriodEnd, source, string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim());
        var id = await app.Db.AddCategoryUpdateAsync(update, app.Time.GetUtcNow(), Accounts.Accounts.Audit(app, who), ct);
        return new AddedCategory(id, state.Iso3.Value, state.Name, category, input.Listed, asOf.ToString(), source.Citation);
    }
}
