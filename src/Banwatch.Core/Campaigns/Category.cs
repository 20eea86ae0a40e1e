using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>What a state is or was with respect to cluster munitions, as a source lists it.</summary>
public enum Category
{
    Producer,
    FormerProducer,
    User,
    Stockpiler,
    FormerStockpiler,
    Transferred,
    Contaminated,
}

/// <summary>
/// How a list's entries age. A standing (producer, stockpiler, contaminated) holds until a later list says otherwise;
/// an event (use, transfer) happened in its period and stays in the history.
/// </summary>
public enum CategoryListKind
{
    Standing,
    Event,
}

/// <summary>
/// One source list of categories, of one date. <paramref name="AsOf"/> is null for an undated page: it ranks below
/// every dated list. A <paramref name="Complete"/> list names every state in the categories it covers, so a state it
/// leaves out no longer holds them from its date; a partial list only speaks for the states it names.
/// </summary>
public sealed record CategoryList(
    string Id,
    string Name,
    ReportedDate? AsOf,
    CategoryListKind Kind,
    IReadOnlyList<Category> Covers,
    bool Complete,
    int? Named,
    int? Total,
    Source Source,
    string? Note)
{
    /// <summary>The first day the list speaks for: the last day its date covers (a list "of 2019" is known by 2019-12-31); undated lists count from the start.</summary>
    public DateOnly EffectiveFrom => AsOf?.Last ?? DateOnly.MinValue;
}

/// <summary>
/// A state named on a list. For events, the period the source gives (use "Feb 2011", "2023 to Jul 2024"); the
/// period's start must have come for the entry to count on a date. <paramref name="Unclear"/>: the source lists it as unclear.
/// </summary>
public sealed record CategoryEntry(
    Iso3 Iso3,
    Category Category,
    string List,
    bool Unclear,
    ReportedDate? PeriodStart,
    ReportedDate? PeriodEnd,
    Source Source,
    string? Note);

/// <summary>
/// A correction or addition a person made, with its source, kept apart from the shipped lists. <paramref name="Listed"/>
/// false says the state no longer holds the category from <paramref name="AsOf"/> (or, for an event, did not do it).
/// </summary>
public sealed record CategoryUpdate(
    long Id,
    Iso3 Iso3,
    Category Category,
    bool Listed,
    ReportedDate AsOf,
    ReportedDate? PeriodStart,
    ReportedDate? PeriodEnd,
    Source Source,
    string? Note);

public static class Categories
{
    /// <summary>Categories that succeed one another: a newer list placing a state in one of them replaces the older placement.</summary>
    public static IReadOnlyList<Category> FamilyOf(Category category) => category switch
    {
        Category.Producer or Category.FormerProducer => [Category.Producer, Category.FormerProducer],
        Category.Stockpiler or Category.FormerStockpiler => [Category.Stockpiler, Category.FormerStockpiler],
        _ => [category],
    };

    public static CategoryListKind KindOf(Category category) =>
        category is Category.User or Category.Transferred ? CategoryListKind.Event : CategoryListKind.Standing;

    public static string Label(Category category) => WireName.Of(category).Replace('_', ' ');
}
