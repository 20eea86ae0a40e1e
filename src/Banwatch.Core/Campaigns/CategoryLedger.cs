using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>
/// The categories of each state on any date, from lists of different dates and people's corrections.
/// For a standing (producer, stockpiler, contaminated and their "former" forms) the newest list or correction
/// dated on or before the day that speaks about the state decides: one naming it in the category places it; one
/// naming it in the other category of the pair (former producer for producer) or a complete list covering the
/// category that leaves it out removes it; a partial list that does not name it says nothing. Undated lists rank
/// below all dated ones. Events (use, transfer) count from the start of their period (or the list's date when it gives none), unless a later correction says
/// otherwise. A newer list never erases an older one: it supersedes it for later days only; the history keeps both.
/// </summary>
public sealed class CategoryLedger
{
    private readonly IReadOnlyList<CategoryList> _lists;
    private readonly ILookup<Iso3, CategoryEntry> _entries;
    private readonly ILookup<Iso3, CategoryUpdate> _updates;

    public CategoryLedger(IReadOnlyList<CategoryList> lists, IEnumerable<CategoryEntry> entries, IEnumerable<CategoryUpdate> updates)
    {
        _lists = lists;
        _entries = entries.ToLookup(e => e.Iso3);
        _updates = updates.ToLookup(u => u.Iso3);
    }

    public IReadOnlyList<CategoryList> Lists => _lists;

    /// <summary>What the state is on <paramref name="asOf"/>, each answer with the list or correction behind it.</summary>
    public IReadOnlyList<CategoryStanding> On(Iso3 iso3, DateOnly asOf) =>
        [.. Enum.GetValues<Category>().SelectMany(c => Decide(iso3, c, asOf).Holding)];

    /// <summary>
    /// Every list entry and correction about the state, by date, each saying whether it holds on <paramref name="asOf"/>
    /// and, where it does not, what superseded it (or that it is dated later).
    /// </summary>
    public IReadOnlyList<CategoryHistoryRow> History(Iso3 iso3, DateOnly asOf)
    {
        var rows = new List<CategoryHistoryRow>();
        foreach (var category in Enum.GetValues<Category>())
        {
            var decision = Decide(iso3, category, asOf);
            foreach (var s in Statements(iso3, category, DateOnly.MaxValue).SelectMany(s => s.Named.Where(n => n.Category == category)))
            {
                var holds = decision.Holding.Contains(s);
                var later = s.From > asOf;
                var by = holds || later ? null : decision.DecidedBy;
                rows.Add(new CategoryHistoryRow(s, holds, later, by is null || ReferenceEquals(by, s) ? null : by));
            }
        }

        return [.. rows.OrderBy(r => r.Standing.From).ThenBy(r => r.Standing.Category).ThenBy(r => r.Standing.List, StringComparer.Ordinal)];
    }

    private Decision Decide(Iso3 iso3, Category category, DateOnly asOf)
    {
        var statements = Statements(iso3, category, asOf).OrderByDescending(s => s.From).ThenByDescending(s => s.Order);
        if (Categories.KindOf(category) == CategoryListKind.Event)
        {
            var happened = new List<CategoryStanding>();
            foreach (var s in statements)
            {
                if (s.Removal is not null)
                {
                    return new Decision(happened, s.Removal);
                }

                happened.AddRange(s.Named.Where(n => n.Category == category && (n.PeriodStart is { } start ? start.First <= asOf : n.From <= asOf)));
            }

            return new Decision(happened, null);
        }

        foreach (var s in statements)
        {
            var inCategory = s.Named.Where(n => n.Category == category).ToList();
            if (inCategory.Count > 0)
            {
                return new Decision(inCategory, inCategory[0]);
            }

            if (s.Named.Count > 0)
            {
                return new Decision([], s.Named[0]);
            }

            if (s.Removal is not null)
            {
                return new Decision([], s.Removal);
            }
        }

        return new Decision([], null);
    }

    /// <summary>What each list and correction dated on or before the day says about the state, in the category's family.</summary>
    private IEnumerable<Statement> Statements(Iso3 iso3, Category category, DateOnly asOf)
    {
        var family = Categories.FamilyOf(category);
        var entries = _entries[iso3].Where(e => family.Contains(e.Category)).ToLookup(e => e.List, StringComparer.Ordinal);
        for (var i = 0; i < _lists.Count; i++)
        {
            var list = _lists[i];
            // An event counts from when it happened, even if the list reporting it came later (see Decide).
            if ((list.Kind == CategoryListKind.Standing && list.EffectiveFrom > asOf) || !list.Covers.Any(family.Contains))
            {
                continue;
            }

            var named = entries[list.Id].Select(e => new CategoryStanding(
                e.Category, false, e.Unclear, list.Id, list.Name, list.AsOf, e.PeriodStart, e.PeriodEnd, e.Source.Citation, e.Note)).ToList();
            var removes = named.Count == 0 && list.Complete && list.Kind == CategoryListKind.Standing && list.Covers.Contains(category);
            var removal = removes
                ? new CategoryStanding(category, true, false, list.Id, list.Name, list.AsOf, null, null, list.Source.Citation, "not on this complete list")
                : null;
            yield return new Statement(list.EffectiveFrom, i, named, removal);
        }

        foreach (var u in _updates[iso3].Where(u => family.Contains(u.Category) && u.AsOf.Last <= asOf))
        {
            var standing = new CategoryStanding(
                u.Category, !u.Listed, false, $"correction-{u.Id}", "correction", u.AsOf, u.PeriodStart, u.PeriodEnd, u.Source.Citation, u.Note);
            yield return u.Listed
                ? new Statement(u.AsOf.Last, _lists.Count + u.Id, [standing], null)
                : new Statement(u.AsOf.Last, _lists.Count + u.Id, [], u.Category == category ? standing : null);
        }
    }

    private sealed record Statement(DateOnly From, long Order, IReadOnlyList<CategoryStanding> Named, CategoryStanding? Removal);

    private sealed record Decision(IReadOnlyList<CategoryStanding> Holding, CategoryStanding? DecidedBy);
}

/// <summary>
/// One list's or correction's word on a state. <paramref name="Removed"/>: it says the state does not hold the
/// category (a complete list that leaves it out, or a correction). <paramref name="ListDate"/> is null for undated pages.
/// </summary>
public sealed record CategoryStanding(
    Category Category,
    bool Removed,
    bool Unclear,
    string List,
    string ListName,
    ReportedDate? ListDate,
    ReportedDate? PeriodStart,
    ReportedDate? PeriodEnd,
    string Source,
    string? Note)
{
    /// <summary>The first day this counts on: the last day of the list's date; undated lists count from the start.</summary>
    public DateOnly From => ListDate?.Last ?? DateOnly.MinValue;
}

/// <param name="Current">It holds on the day asked about.</param>
/// <param name="Later">It is dated after that day (shown, not used).</param>
/// <param name="SupersededBy">What decided otherwise on that day: a newer list or correction.</param>
public sealed record CategoryHistoryRow(CategoryStanding Standing, bool Current, bool Later, CategoryStanding? SupersededBy);
