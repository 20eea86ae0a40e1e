using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Campaigns;

/// <summary>
/// Why a condition held for a state: the condition as written, the facts it matched (or, under "not", what was
/// looked for and not found) and their sources.
/// </summary>
public sealed record Reason(string Condition, string Facts, IReadOnlyList<string> Sources);

/// <summary>The answer of a condition for one state: whether it holds, and the reasons when it does.</summary>
public sealed record Match(bool Holds, IReadOnlyList<Reason> Reasons)
{
    public static readonly Match No = new(false, []);
}

/// <summary>
/// One condition of the target rules language (see data/README.md). Leaves look at one kind of fact on the
/// rule's date; all/any/not combine them. <paramref name="Line"/> is where it is written in the rules file.
/// </summary>
public abstract record Condition(int Line)
{
    public abstract Match Evaluate(StateFacts facts);

    /// <summary>The condition as a person reads it: "attended ≥ 2 oslo_process_conference".</summary>
    public abstract string Describe();
}

public sealed record AllOf(IReadOnlyList<Condition> Parts, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var reasons = new List<Reason>();
        foreach (var part in Parts)
        {
            var m = part.Evaluate(facts);
            if (!m.Holds)
            {
                return Match.No;
            }

            reasons.AddRange(m.Reasons);
        }

        return new Match(true, reasons);
    }

    public override string Describe() => string.Join(" and ", Parts.Select(p => p is AnyOf ? $"({p.Describe()})" : p.Describe()));
}

public sealed record AnyOf(IReadOnlyList<Condition> Parts, int Line) : Condition(Line)
{
    /// <summary>Every branch that holds gives its reasons, so a state in the group for two reasons shows both.</summary>
    public override Match Evaluate(StateFacts facts)
    {
        var held = Parts.Select(p => p.Evaluate(facts)).Where(m => m.Holds).ToList();
        return held.Count == 0 ? Match.No : new Match(true, [.. held.SelectMany(m => m.Reasons)]);
    }

    public override string Describe() => string.Join(" or ", Parts.Select(p => p is AllOf ? $"({p.Describe()})" : p.Describe()));
}

public sealed record Negation(Condition Inner, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts) =>
        Inner.Evaluate(facts).Holds
            ? Match.No
            : new Match(true, [new Reason(Describe(), $"nothing in the record by {facts.AsOf:yyyy-MM-dd} matches {Inner.Describe()}", [])]);

    public override string Describe() => $"not {(Inner is AllOf or AnyOf ? $"({Inner.Describe()})" : Inner.Describe())}";
}

/// <summary>The treaty status on the rule's date is one of these (Art. 17 entry into force, Art. 20 withdrawal computed from the depositary record).</summary>
public sealed record StatusIs(IReadOnlyList<TreatyStatus> Statuses, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts) =>
        Statuses.Contains(facts.Status.Status)
            ? new Match(true, [new Reason(Describe(), $"{WireName.Of(facts.Status.Status)} on {facts.AsOf:yyyy-MM-dd}", facts.StatusSource is { } s ? [s] : [])])
            : Match.No;

    public override string Describe() => $"status {string.Join(" or ", Statuses.Select(s => WireName.Of(s)))}";
}

/// <summary>
/// Attended (hosted, presided) at least/at most so many meetings begun by the rule's date, among the listed
/// meetings or of the listed kinds (all meetings when neither is given).
/// </summary>
public sealed record Attended(IReadOnlyList<string> Events, IReadOnlyList<EventKind> Kinds, int AtLeast, int? AtMost, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var attended = facts.Process
            .Where(p => p.IsAttendance && p.EventKind is { } kind && (Events.Count == 0 || Events.Contains(p.Subject)) && (Kinds.Count == 0 || Kinds.Contains(kind)))
            .GroupBy(p => p.Subject)
            .ToList();
        var count = attended.Count;
        if (count < AtLeast || (AtMost is { } most && count > most))
        {
            return Match.No;
        }

        var described = count == 0 ? "no meeting attended" : string.Join("; ", attended.Select(g => $"{g.First().SubjectName} ({g.First().Date:yyyy-MM-dd}){Inferred(g)}"));
        return new Match(true, [new Reason(Describe(), $"{count}: {described}", [.. attended.SelectMany(g => g.Select(p => p.Source)).Distinct()])]);
    }

    public override string Describe()
    {
        var what = Events.Count > 0 ? string.Join(" or ", Events) : Kinds.Count > 0 ? string.Join(" or ", Kinds.Select(k => WireName.Of(k))) : "any meeting";
        var count = AtMost is { } most ? (AtLeast == most ? $"= {most}" : AtLeast > 0 ? $"{AtLeast}..{most}" : $"≤ {most}") : $"≥ {AtLeast}";
        return $"attended {count} {what}";
    }

    private static string Inferred(IEnumerable<ProcessFact> facts) => facts.All(f => f.Inferred) ? " (inferred)" : "";
}

/// <summary>Endorsed (or, with <paramref name="Refused"/>, a source says it did not endorse) one of the listed declarations adopted by the rule's date; any declaration when none is listed.</summary>
public sealed record Endorsed(IReadOnlyList<string> Declarations, bool Refused, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var relation = Refused ? ParticipationRelation.DidNotEndorse : ParticipationRelation.Endorsed;
        var found = facts.Process
            .Where(p => p.Relation == relation && p.EventKind is null && (Declarations.Count == 0 || Declarations.Contains(p.Subject)))
            .ToList();
        if (found.Count == 0)
        {
            return Match.No;
        }

        var names = found.GroupBy(p => p.Subject).Select(g => $"{g.First().SubjectName} ({g.First().Date:yyyy-MM-dd}){(g.All(f => f.Inferred) ? " (inferred)" : "")}");
        return new Match(true, [new Reason(Describe(), string.Join("; ", names), [.. found.Select(p => p.Source).Distinct()])]);
    }

    public override string Describe() => $"{(Refused ? "did not endorse" : "endorsed")} {(Declarations.Count == 0 ? "any declaration" : string.Join(" or ", Declarations))}";
}

/// <summary>The latest stance on the rule's date, on one of the issues (any issue when none is listed), is one of these.</summary>
public sealed record StanceIs(IReadOnlyList<PositionStance> Stances, IReadOnlyList<TreatyIssue> Issues, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var cells = facts.Positions
            .Where(c => (Issues.Count == 0 || Issues.Contains(c.Issue)) && c.Stances.Any(Stances.Contains))
            .ToList();
        if (cells.Count == 0)
        {
            return Match.No;
        }

        var positions = cells.SelectMany(c => c.Latest.Where(p => Stances.Contains(p.Stance))).ToList();
        var text = string.Join("; ", positions.Select(p => $"{WireName.Of(p.Stance)} on {WireName.Of(p.Issue)} ({p.Effective:yyyy-MM-dd}{(p.Said is null ? ", date recorded" : "")})" +
            (p.Evidence.Sentence is { } s ? $": \"{Shorten(s)}\"" : "")));
        return new Match(true, [new Reason(Describe(), text, [.. positions.Select(p => p.Evidence.Url ?? p.Evidence.Citation).Distinct()])]);
    }

    public override string Describe() =>
        $"latest stance {string.Join(" or ", Stances.Select(s => WireName.Of(s)))}{(Issues.Count == 0 ? " on any issue" : " on " + string.Join(" or ", Issues.Select(i => WireName.Of(i))))}";

    private static string Shorten(string sentence)
    {
        var flat = string.Join(' ', sentence.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 160 ? flat : flat[..157] + "...";
    }
}

/// <summary>On the rule's date the state is listed in one of these categories (entries listed as unclear do not count).</summary>
public sealed record CategoryIs(IReadOnlyList<Category> Categories, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var found = facts.Categories.Where(c => !c.Unclear && Categories.Contains(c.Category)).ToList();
        return found.Count == 0
            ? Match.No
            : new Match(true, [new Reason(
                Describe(),
                string.Join("; ", found.Select(c => $"{WireName.Of(c.Category)} ({c.ListName}{(c.ListDate is { } d ? ", " + d : ", undated")}{Period(c)})")),
                [.. found.Select(c => c.Source).Distinct()])]);
    }

    public override string Describe() => $"category {string.Join(" or ", Categories.Select(c => WireName.Of(c)))}";

    private static string Period(CategoryStanding c) => c.PeriodStart is { } start ? $", {start}–{c.PeriodEnd?.ToString() ?? ""}" : "";
}

/// <summary>
/// The state's vote on the UN General Assembly resolution: the latest adopted by the rule's date, or the one of
/// <paramref name="Year"/>; with <paramref name="Ever"/>, any of them.
/// </summary>
public sealed record VoteIs(IReadOnlyList<Vote> Votes, int? Year, bool Ever, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var candidates = Year is { } y ? facts.Votes.Where(v => v.Year == y).ToList()
            : Ever ? [.. facts.Votes]
            : facts.Votes.Count > 0 ? [facts.Votes[^1]] : [];
        var found = candidates.Where(v => Votes.Contains(v.Vote)).ToList();
        return found.Count == 0
            ? Match.No
            : new Match(true, [new Reason(Describe(), string.Join("; ", found.Select(v => $"{WireName.Of(v.Vote)} on {v.Resolution} ({v.AdoptedOn:yyyy-MM-dd})")), [.. found.Select(v => v.Source).Distinct()])]);
    }

    public override string Describe() =>
        $"{(Year is { } y ? $"UNGA vote of {y}" : Ever ? "any UNGA vote" : "latest UNGA vote")} {string.Join(" or ", Votes.Select(v => WireName.Of(v)))}";
}

/// <summary>An obligation (of one of the kinds, any when none is listed) has one of these statuses on the rule's date.</summary>
public sealed record ObligationIs(IReadOnlyList<ObligationStatus> Statuses, IReadOnlyList<ObligationKind> Kinds, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var found = facts.Obligations.Where(o => Statuses.Contains(o.Status) && (Kinds.Count == 0 || Kinds.Contains(o.Kind))).ToList();
        return found.Count == 0
            ? Match.No
            : new Match(true, [new Reason(
                Describe(),
                string.Join("; ", found.Select(o => $"{WireName.Of(o.Kind)}{(o.YearCovered is { } y ? $" {y}" : "")} {WireName.Of(o.Status)}, deadline {o.Deadline:yyyy-MM-dd} ({o.Rule})")),
                [.. found.SelectMany(o => o.Sources).Distinct()])]);
    }

    public override string Describe() =>
        $"obligation {string.Join(" or ", Statuses.Select(s => WireName.Of(s)))}{(Kinds.Count == 0 ? "" : " (" + string.Join(", ", Kinds.Select(k => WireName.Of(k))) + ")")}";
}

public enum Geography
{
    Region,
    SubRegion,
    UnGroup,
    State,
}

/// <summary>The state's UN M49 region or sub-region, its UN regional group, or the state itself, is one of these.</summary>
public sealed record InPlace(Geography Field, IReadOnlyList<string> Values, int Line) : Condition(Line)
{
    public override Match Evaluate(StateFacts facts)
    {
        var value = Field switch
        {
            Geography.Region => facts.State.Region,
            Geography.SubRegion => facts.State.SubRegion,
            Geography.UnGroup => facts.State.UnRegionalGroup,
            _ => facts.State.Iso3.Value,
        };
        return value is not null && Values.Contains(value, StringComparer.OrdinalIgnoreCase)
            ? new Match(true, [new Reason(Describe(), value, [facts.State.Source.Citation])])
            : Match.No;
    }

    public override string Describe() => $"{WireName.Of(Field)} {string.Join(" or ", Values)}";
}
