using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.States;
using Banwatch.Data;

namespace Banwatch.Features.Campaigns;

/// <summary>Which states are in which categories on a date (one category, one state, or all).</summary>
public sealed record CategoriesQuery(DateOnly AsOf, Category? Category, Iso3? State)
{
    public static Category ParseCategory(string text, Field what) =>
        WireName.TryParse<Category>(text, out var c)
            ? c
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", WireName.All<Category>())}");
}

/// <summary>The categories on a date, one row per state and category with the list or correction behind it, and the lists themselves.</summary>
public sealed record CategoriesReport(DateOnly AsOf, IReadOnlyList<CategoryRow> Rows, IReadOnlyList<CategoryListRow> Lists)
{
    public static async Task<CategoriesReport> LoadAsync(BanwatchDb db, Catalog catalog, CategoriesQuery query, CancellationToken ct = default)
    {
        var ledger = new CategoryLedger(await db.CategoryListsAsync(ct), await db.CategoryEntriesAsync(ct), await db.CategoryUpdatesAsync(ct));
        IEnumerable<State> states = query.State is { } only ? [catalog.Names[only]] : catalog.Names.States.OrderBy(s => s.Name, StringComparer.Ordinal);
        var rows = states
            .SelectMany(s => ledger.On(s.Iso3, query.AsOf).Where(c => query.Category is not { } wanted || c.Category == wanted).Select(c => CategoryRow.From(s, c)))
            .ToList();
        return new CategoriesReport(query.AsOf, rows, [.. ledger.Lists.Select(CategoryListRow.From)]);
    }
}

/// <param name="ListDate">The list's date as precise as it gives it; empty for an undated page.</param>
public sealed record CategoryRow(string Iso3, string Name, Category Category, bool Unclear, string List, string ListName, string? ListDate, string? Period, string Source, string? Note)
{
    public static CategoryRow From(State s, CategoryStanding c) => new(
        s.Iso3.Value, s.Name, c.Category, c.Unclear, c.List, c.ListName, c.ListDate?.ToString(),
        c.PeriodStart is { } start ? $"{start}–{c.PeriodEnd?.ToString() ?? ""}" : null, c.Source, c.Note);
}

public sealed record CategoryListRow(string Id, string Name, string? AsOf, CategoryListKind Kind, IReadOnlyList<Category> Covers, bool Complete, int? Named, int? Total, string Source, string? Note)
{
    public static CategoryListRow From(CategoryList l) => new(l.Id, l.Name, l.AsOf?.ToString(), l.Kind, l.Covers, l.Complete, l.Named, l.Total, l.Source.Citation, l.Note);
}
