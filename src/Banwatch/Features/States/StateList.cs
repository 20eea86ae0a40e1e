using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Core.Treaty;
using Banwatch.Features.Status;

namespace Banwatch.Features.States;

/// <summary>
/// Every state on a date, filtered and sorted as asked: the record behind /states and /api/states (JSON and CSV).
/// <see cref="Groups"/> and <see cref="Regions"/> list every value the filters take.
/// </summary>
public sealed record StateList(StateQuery Query, StatusCounts Counts, IReadOnlyList<StateListRow> States, IReadOnlyList<string> Groups, IReadOnlyList<string> Regions)
{
    public static StateList For(Catalog catalog, StateQuery query)
    {
        var matches = query.Find is { Length: > 0 } find
            ? catalog.Names.Find(find).ToDictionary(m => m.State.Iso3.Value, m => m.MatchedName, StringComparer.Ordinal)
            : null;
        var rows = StatusReport.For(catalog, query.AsOf).States
            .Select(s => StateListRow.From(catalog, s, matches?.GetValueOrDefault(s.Iso3)))
            .Where(r => matches is null || r.MatchedName is not null)
            .Where(r => query.Status is null || r.Status == query.Status)
            .Where(r => query.Group is null || string.Equals(r.UnRegionalGroup, query.Group, StringComparison.OrdinalIgnoreCase))
            .Where(r => query.Region is null || string.Equals(r.Region, query.Region, StringComparison.OrdinalIgnoreCase))
            .ToList();
        var states = catalog.Names.States;
        return new StateList(
            query,
            StatusCounts.Of(rows.Select(r => r.Status)),
            StateSort.Apply(rows, query.Sort, query.Descending),
            [.. states.Select(s => s.UnRegionalGroup).OfType<string>().Distinct().Order(StringComparer.Ordinal)],
            [.. states.Select(s => s.Region).Distinct().Order(StringComparer.Ordinal)]);
    }
}

/// <summary>Which states, on which day, in which order. Null filters take every state.</summary>
/// <param name="Find">Part of a name, code or alias ("Laos", "DRC", "Ivory").</param>
/// <param name="Sort">A column's wire name: name, iso3, status, signed, deposited, entry_into_force, region, un_regional_group.</param>
public sealed record StateQuery(
    DateOnly AsOf,
    TreatyStatus? Status = null,
    string? Group = null,
    string? Region = null,
    string? Find = null,
    string Sort = StateSort.Default,
    bool Descending = false)
{
    public static TreatyStatus ParseStatus(string text, Field what) =>
        WireName.TryParse<TreatyStatus>(text, out var status)
            ? status
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", WireName.All<TreatyStatus>())}");
}

/// <summary>A state in the list: its status on the day and the dates known by then, and where it is.</summary>
/// <param name="MatchedName">The name or alias the search found it by; null without a search.</param>
public sealed record StateListRow(
    string Iso3,
    string Name,
    TreatyStatus Status,
    DateOnly? Signed,
    DateOnly? Deposited,
    Instrument? Instrument,
    DateOnly? EntryIntoForce,
    DateOnly? WithdrawalEffective,
    string Region,
    string? SubRegion,
    string? UnRegionalGroup,
    string? MatchedName)
{
    public static StateListRow From(Catalog catalog, StatusRow s, string? matchedName)
    {
        var state = catalog.Names[Core.States.Iso3.Parse(s.Iso3)];
        return new(s.Iso3, s.Name, s.Status, s.Signed, s.Deposited, s.Instrument, s.EntryIntoForce, s.WithdrawalEffective, state.Region, state.SubRegion, state.UnRegionalGroup, matchedName);
    }
}

/// <summary>The columns the list sorts by; empty values sort last whichever the direction.</summary>
public static class StateSort
{
    public const string Default = "name";

    private static readonly Dictionary<string, Func<StateListRow, IComparable?>> Keys = new(StringComparer.Ordinal)
    {
        ["name"] = r => r.Name,
        ["iso3"] = r => r.Iso3,
        ["status"] = r => r.Status,
        ["signed"] = r => r.Signed,
        ["deposited"] = r => r.Deposited,
        ["entry_into_force"] = r => r.EntryIntoForce,
        ["region"] = r => r.Region,
        ["un_regional_group"] = r => r.UnRegionalGroup,
    };

    public static IReadOnlyCollection<string> Columns => Keys.Keys;

    /// <summary>"deposited" or "-deposited" (descending) as a column and a direction.</summary>
    public static (string Column, bool Descending) Parse(string? text, Field what)
    {
        var trimmed = (text ?? "").Trim();
        var descending = trimmed.StartsWith('-');
        var column = descending ? trimmed[1..] : trimmed;
        return column.Length == 0 ? (Default, descending)
            : Keys.ContainsKey(column) ? (column, descending)
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", Keys.Keys)} (a leading - sorts descending)");
    }

    public static IReadOnlyList<StateListRow> Apply(IEnumerable<StateListRow> rows, string column, bool descending)
    {
        var key = Keys[column];
        var withValue = rows.Where(r => key(r) is not null);
        var ordered = descending
            ? withValue.OrderByDescending(key, Comparer<IComparable?>.Default)
            : withValue.OrderBy(key, Comparer<IComparable?>.Default);
        return [.. ordered.ThenBy(r => r.Name, StringComparer.Ordinal), .. rows.Where(r => key(r) is null).OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
