using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Obligations;

/// <summary>
/// Every State Party's obligations on any date, computed from the depositary record (entry into force by Art. 17,
/// withdrawal by Art. 20), the researched facts, the reports received and the facts people added, in that order
/// (a later fact overrides an earlier one, field by field; every source is kept).
/// </summary>
/// <remarks>
/// Which obligations exist: Art. 3 and Art. 4 where a record says the state has stockpiles or contaminated areas;
/// the initial report for every state that has deposited an instrument; annual reports for every year with a
/// report recorded, and the one due next (listing every year without a record would list mostly unknowns).
/// As of a date, only what was known by then counts: a deposit, a completion (by the last day of the month or
/// year the source gives), an extension (from the last day of the meeting that granted it; when the meeting is
/// not recorded, from the deadline it extends, since extensions are decided before the deadline they move).
/// A withdrawal known by then ends every obligation whose deadline in force falls on or after the day it takes
/// effect (<see cref="Article20.EndsObligation"/>).
/// </remarks>
public sealed class ObligationLedger
{
    private readonly StatusTimeline _timeline;
    private readonly IReadOnlyDictionary<string, DateOnly> _meetingDays;
    private readonly Dictionary<Key, List<Fact>> _facts = [];

    /// <param name="meetingDays">The last day of each meeting (events.csv id), for when an extension it granted took effect.</param>
    public ObligationLedger(
        StatusTimeline timeline,
        IEnumerable<ObligationRecord> records,
        IEnumerable<Article7Report> reports,
        IEnumerable<ObligationUpdate> updates,
        IReadOnlyDictionary<string, DateOnly> meetingDays)
    {
        _timeline = timeline;
        _meetingDays = meetingDays;
        foreach (var r in records)
        {
            Add(new Key(r.Iso3, r.Kind, null), new Fact(r.Applies, r.Completed, r.ExtendedDeadline, r.ExtensionGrantedAt, r.PublishedDeadline, r.HostilitiesEnded, r.Source, r.Note));
        }

        foreach (var r in reports)
        {
            Add(new Key(r.Iso3, r.Obligation, r.AnnualYear), new Fact(true, ReportedDate.On(r.SubmittedOn), null, null, null, null, r.Source, null));
        }

        foreach (var u in updates)
        {
            Add(new Key(u.Iso3, u.Kind, u.YearCovered), new Fact(true, u.Completed, u.ExtendedDeadline, u.ExtensionGrantedAt, u.PublishedDeadline, null, u.Source, u.Note));
        }
    }

    /// <summary>The obligations of every state (or one) that had deposited an instrument by <paramref name="asOf"/>, by deadline.</summary>
    public IReadOnlyList<Obligation> On(DateOnly asOf, Iso3? only = null)
    {
        var obligations = new List<Obligation>();
        foreach (var state in _timeline.On(asOf).States.Where(s => only is null || s.Iso3 == only))
        {
            if (state.EntryIntoForce is not { } eif)
            {
                continue;
            }

            var keys = _facts.Keys.Where(k => k.Iso3 == state.Iso3)
                .Append(new Key(state.Iso3, ObligationKind.InitialReport, null))
                .Append(new Key(state.Iso3, ObligationKind.AnnualReport, Article7.YearCoveredByNextReport(eif, asOf)))
                .Distinct();
            foreach (var key in keys)
            {
                if (Build(key, eif, asOf) is { } obligation
                    && !(state.WithdrawalEffective is { } ends && Article20.EndsObligation(obligation.Deadline, ends)))
                {
                    obligations.Add(obligation);
                }
            }
        }

        return [.. obligations.OrderBy(o => o.Deadline).ThenBy(o => o.Iso3).ThenBy(o => o.Kind)];
    }

    private Obligation? Build(Key key, DateOnly eif, DateOnly asOf)
    {
        // A completion is known once its last possible day has come. A report is nothing but its submission, so
        // one not yet submitted does not count at all; an Art. 3/4 record still counts, without its completion.
        bool Known(Fact f) => f.Completed is not { } c || c.Last <= asOf;
        var facts = _facts.GetValueOrDefault(key, []).Where(f => ObligationKinds.IsExtendable(key.Kind) || Known(f)).ToList();
        var isNextReport = key.Kind == ObligationKind.AnnualReport && key.Year == Article7.YearCoveredByNextReport(eif, asOf);
        if (key.Kind == ObligationKind.AnnualReport && (key.Year < Article7.FirstYearCovered(eif) || (facts.Count == 0 && !isNextReport)))
        {
            return null;
        }

        if (ObligationKinds.IsExtendable(key.Kind) && facts.LastOrDefault() is not { Applies: true })
        {
            return null;
        }

        var (original, rule) = OriginalDeadline(key.Kind, eif, key.Year, facts.LastOrDefault(f => f.HostilitiesEnded is not null)?.HostilitiesEnded);
        var extension = facts.LastOrDefault(f => f.ExtendedDeadline is not null && GrantedOn(f, original) <= asOf);
        var completed = facts.LastOrDefault(f => f.Completed is not null && Known(f))?.Completed;
        var deadline = extension?.ExtendedDeadline ?? original;
        var published = facts.LastOrDefault(f => f.PublishedDeadline is not null);
        return new Obligation(
            key.Iso3,
            key.Kind,
            key.Year,
            eif,
            original,
            rule,
            extension?.ExtendedDeadline,
            extension?.GrantedAt,
            completed,
            completed is { } c ? Deadline.IsOnTime(c, deadline) : null,
            Deadline.Status(deadline, extension is not null, completed is not null, asOf, completionIsRecorded: ObligationKinds.IsExtendable(key.Kind)),
            published?.PublishedDeadline is { } p && p != original ? new PublishedDeadline(p, published.Source.Citations) : null,
            [.. facts.SelectMany(f => f.Source.Citations).Distinct()],
            [.. facts.Select(f => f.Note).OfType<string>().Distinct()]);
    }

    /// <summary>The deadline the articles set, before any extension, and the rule that gives it.</summary>
    /// <param name="yearCovered">Annual reports: the calendar year covered.</param>
    /// <param name="hostilitiesEnded">Clearance of remnants that appeared after entry into force: Art. 4(1)(b).</param>
    public static (DateOnly Deadline, string Rule) OriginalDeadline(ObligationKind kind, DateOnly eif, int? yearCovered, DateOnly? hostilitiesEnded) => kind switch
    {
        ObligationKind.StockpileDestruction => (Article3.DestructionDeadline(eif), Article3.DeadlineRule),
        ObligationKind.Clearance when hostilitiesEnded is { } ended => (Article4.ClearanceDeadlineAfterHostilities(ended), Article4.AfterHostilitiesRule),
        ObligationKind.Clearance => (Article4.ClearanceDeadline(eif), Article4.DeadlineRule),
        ObligationKind.InitialReport => (Article7.InitialReportDeadline(eif), Article7.InitialReportRule),
        _ => (Article7.AnnualReportDeadline(yearCovered ?? Article7.FirstYearCovered(eif)), Article7.AnnualReportRule),
    };

    private DateOnly GrantedOn(Fact fact, DateOnly original) =>
        fact.GrantedAt is { } meeting && _meetingDays.TryGetValue(meeting, out var day) ? day : original;

    private void Add(Key key, Fact fact)
    {
        if (!_facts.TryGetValue(key, out var list))
        {
            _facts[key] = list = [];
        }

        list.Add(fact);
    }

    private readonly record struct Key(Iso3 Iso3, ObligationKind Kind, int? Year);

    private sealed record Fact(
        bool Applies,
        ReportedDate? Completed,
        DateOnly? ExtendedDeadline,
        string? GrantedAt,
        DateOnly? PublishedDeadline,
        DateOnly? HostilitiesEnded,
        Source Source,
        string? Note);
}
