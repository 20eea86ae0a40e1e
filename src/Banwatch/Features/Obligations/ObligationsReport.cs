using System.Globalization;
using Banwatch.Core;
using Banwatch.Core.Failures;
using Banwatch.Core.Obligations;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Features.Obligations;

/// <summary>
/// What each State Party owes and by when, on a date: the record behind `banwatch obligations`, /api/obligations,
/// the calendar, the state page and the status summary.
/// </summary>
/// <param name="Withdrawals">States whose withdrawal (known by that date) ends their obligations due from then on.</param>
public sealed record ObligationsReport(DateOnly AsOf, ObligationCounts Counts, IReadOnlyList<ObligationRow> Obligations, IReadOnlyList<WithdrawalRow> Withdrawals)
{
    public static ObligationsReport For(Catalog catalog, ObligationQuery query)
    {
        var rows = catalog.Obligations.On(query.AsOf, query.State)
            .Where(o => query.Status is null || o.Status == query.Status)
            .Where(o => query.DueWithinDays is not { } days || IsDueWithin(o, query.AsOf, days))
            .Select(o => ObligationRow.From(catalog, o))
            .ToList();
        var withdrawals = catalog.Timeline.On(query.AsOf).States
            .Where(s => s.WithdrawalEffective is not null && (query.State is null || s.Iso3 == query.State))
            .Select(s => new WithdrawalRow(s.Iso3.Value, catalog.Names[s.Iso3].Name, s.WithdrawalEffective!.Value, WithdrawalRow.EndRule, catalog.Treaty[s.Iso3].Record.Source.Citation))
            .ToList();
        return new ObligationsReport(query.AsOf, ObligationCounts.Of(rows.Select(r => r.Status)), rows, withdrawals);
    }

    /// <summary>
    /// Due within N days: not completed, and the deadline in force falls from the as-of day through N days later,
    /// both inclusive (an overdue obligation is past due, not due).
    /// </summary>
    private static bool IsDueWithin(Obligation o, DateOnly asOf, int days) =>
        o.Status is ObligationStatus.Pending or ObligationStatus.Extended && o.Deadline <= asOf.AddDays(days);
}

/// <param name="State">Only this state's obligations.</param>
/// <param name="DueWithinDays">Only those not completed whose deadline falls within this many days of the as-of day.</param>
public sealed record ObligationQuery(DateOnly AsOf, Iso3? State = null, ObligationStatus? Status = null, int? DueWithinDays = null)
{
    /// <summary>The longest look ahead: a century holds every deadline the articles set, and keeps the day counted within range.</summary>
    public const int MaxDueWithinDays = 36_500;

    /// <summary>"90d" or "90": a number of days, at most <see cref="MaxDueWithinDays"/>.</summary>
    public static int ParseDueWithin(string text, Field what)
    {
        var trimmed = text.Trim();
        var digits = trimmed.EndsWith('d') ? trimmed[..^1] : trimmed;
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not a number of days (e.g. 90d)");
        }

        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days <= MaxDueWithinDays
            ? days
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is more than {MaxDueWithinDays} days (100 years)");
    }

    public static ObligationStatus ParseStatus(string text, Field what) =>
        WireName.TryParse<ObligationStatus>(text, out var status)
            ? status
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not one of {string.Join(", ", WireName.All<ObligationStatus>())}");
}

/// <summary>
/// One obligation as CLI, API and pages show it. The first nine fields are the issue's JSON shape; the rest say
/// how it was computed: the deadline in force, whether completion came on time, the rule, and a published
/// deadline that disagrees with the computed one.
/// </summary>
/// <param name="Completed">As precise as the source gives it: "2023-12-15", "2013-07" or "2004".</param>
/// <param name="Sources">The depositary record (entry into force), then every source of the facts used.</param>
public sealed record ObligationRow(
    string Iso3,
    int Article,
    ObligationKind Kind,
    DateOnly EntryIntoForce,
    DateOnly OriginalDeadline,
    DateOnly? ExtendedDeadline,
    ReportedDate? Completed,
    ObligationStatus Status,
    IReadOnlyList<string> Sources,
    string Name,
    int? YearCovered,
    DateOnly Deadline,
    bool? OnTime,
    string Rule,
    string? ExtensionGrantedAt,
    DateOnly? PublishedDeadline,
    IReadOnlyList<string> PublishedSources,
    IReadOnlyList<string> Notes)
{
    public static ObligationRow From(Catalog catalog, Obligation o) => new(
        o.Iso3.Value,
        o.Article,
        o.Kind,
        o.EntryIntoForce,
        o.OriginalDeadline,
        o.ExtendedDeadline,
        o.Completed,
        o.Status,
        [catalog.Treaty[o.Iso3].Record.Source.Citation, .. o.Sources],
        catalog.Names[o.Iso3].Name,
        o.YearCovered,
        o.Deadline,
        o.OnTime,
        o.Rule,
        o.ExtensionGrantedAt,
        o.Published?.Date,
        o.Published?.Sources ?? [],
        o.Notes);

    /// <summary>"Art. 4(1)(a)": the paragraph the rule comes from, for tables too narrow for the whole rule.</summary>
    public string RuleReference() => Rule.Split(':')[0];

    /// <summary>"Art. 4 clearance", "Art. 7 annual report 2025": what the obligation is, in words.</summary>
    public string Label() => $"Art. {Article} {WireName.Of(Kind).Replace('-', ' ')}" + (YearCovered is { } y ? $" {y}" : "");
}

public sealed record ObligationCounts(int Met, int Pending, int Extended, int Overdue, int Unknown)
{
    public static ObligationCounts Of(IEnumerable<ObligationStatus> statuses)
    {
        var list = statuses.ToList();
        int N(ObligationStatus s) => list.Count(x => x == s);
        return new(N(ObligationStatus.Met), N(ObligationStatus.Pending), N(ObligationStatus.Extended), N(ObligationStatus.Overdue), N(ObligationStatus.Unknown));
    }

    public override string ToString() => $"{Met} met · {Pending} pending · {Extended} extended · {Overdue} overdue";
}

/// <summary>A withdrawal that ends a state's obligations falling due on or after the day it takes effect.</summary>
public sealed record WithdrawalRow(string Iso3, string Name, DateOnly ObligationsEnd, string Rule, string Source)
{
    public const string EndRule = "Art. 20(3): obligations with deadlines on or after the day the withdrawal takes effect end";
}

/// <summary>The status page's line: Art. 3 and Art. 4 obligations by status, as of the status date.</summary>
public sealed record ObligationsSummary(ObligationCounts StockpileDestruction, ObligationCounts Clearance)
{
    public static ObligationsSummary For(Catalog catalog, DateOnly asOf, Iso3? only)
    {
        var obligations = catalog.Obligations.On(asOf, only);
        ObligationCounts Of(ObligationKind kind) => ObligationCounts.Of(obligations.Where(o => o.Kind == kind).Select(o => o.Status));
        return new(Of(ObligationKind.StockpileDestruction), Of(ObligationKind.Clearance));
    }

    public override string ToString() => $"stockpile destruction (Art. 3): {StockpileDestruction}; clearance (Art. 4): {Clearance}";
}
