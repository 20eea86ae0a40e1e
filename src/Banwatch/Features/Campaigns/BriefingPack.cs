using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.Failures;
using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.States;
using Banwatch.Data;
using Banwatch.Features.Obligations;
using Banwatch.Features.States;
using Banwatch.Features.Status;

namespace Banwatch.Features.Campaigns;

/// <summary>
/// One state's briefing pack on a date, meant to print on two pages: status, open obligations, positions with their
/// evidence and, for each weaken stance, the counter-arguments of the issue briefs; attendance and endorsements,
/// categories, votes, recent accepted facts, recent actions and open follow-ups. Every item cites a numbered source
/// from <see cref="Sources"/>, so the sources are listed once at the end.
/// </summary>
public sealed record BriefingPack(
    DateOnly AsOf,
    string Iso3,
    string Name,
    string Region,
    string? UnRegionalGroup,
    StatusRow Status,
    IReadOnlyList<string> StatusSources,
    IReadOnlyList<string> Groups,
    IReadOnlyList<BriefItem> Obligations,
    IReadOnlyList<BriefItem> Positions,
    IReadOnlyList<IssueBrief> Counters,
    IReadOnlyList<BriefItem> Process,
    IReadOnlyList<BriefItem> Categories,
    IReadOnlyList<BriefItem> Votes,
    IReadOnlyList<BriefItem> Facts,
    IReadOnlyList<BriefItem> Actions,
    IReadOnlyList<BriefItem> FollowUps,
    IReadOnlyList<string> Sources)
{
    /// <summary>How many of the newest facts and actions a pack shows, to stay within two printed pages.</summary>
    public const int Recent = 5;

    public const string DefaultBriefs = "issue_briefs.yaml";

    public static async Task<BriefingPack> LoadAsync(BanwatchApp app, CampaignData data, State state, DateOnly asOf, IReadOnlyDictionary<TreatyIssue, IssueBrief> briefs, IReadOnlyList<string> groups, CancellationToken ct = default)
    {
        var sources = new List<string>();
        string[] Cite(IEnumerable<string> citations) => [.. citations.SelectMany(c => c.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).Distinct().Select(c =>
        {
            var i = sources.IndexOf(c);
            if (i < 0)
            {
                sources.Add(c);
                i = sources.Count - 1;
            }

            return (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        })];

        var catalog = data.Catalog;
        var facts = data.Record.For(state.Iso3, asOf);
        var status = StatusRow.From(catalog, facts.Status);
        var statusSources = Cite(status.Source is { } s ? [s] : []);
        var obligations = ObligationsReport.For(catalog, new ObligationQuery(asOf, state.Iso3)).Obligations
            .Where(o => o.Status is not ObligationStatus.Met)
            .Select(o => new BriefItem($"{o.Label()}: {WireName.Of(o.Status)}, deadline {o.Deadline:yyyy-MM-dd} ({o.RuleReference()})", null, Cite(o.Sources)))
            .ToList();
        var cells = facts.Positions;
        var positions = cells.SelectMany(c => c.Latest.Select(p => new BriefItem(
            $"{IssueText.Label(p.Issue)}: {WireName.Of(p.Stance)} ({p.Effective:yyyy-MM-dd}{(p.Said is null ? ", date recorded" : "")}){(c.Conflicting ? " — sources disagree" : "")}",
            p.Evidence.Sentence is { } sentence ? Flat(sentence) : p.Evidence.Note,
            Cite([p.Evidence.Url ?? p.Evidence.Citation])))).ToList();
        var counters = cells.Where(c => c.Stances.Contains(PositionStance.Weaken) && briefs.ContainsKey(c.Issue)).Select(c => briefs[c.Issue]).Distinct().ToList();
        var process = facts.Process
            .Where(p => p.IsAttendance || p.Relation is ParticipationRelation.Endorsed or ParticipationRelation.DidNotEndorse or ParticipationRelation.DidNotAttend)
            .GroupBy(p => (p.Subject, p.Relation))
            .Select(g => new BriefItem(
                $"{g.First().Date:yyyy-MM-dd} {g.First().SubjectName}: {WireName.Of(g.Key.Relation).Replace('_', ' ')}{(g.All(p => p.Inferred) ? " (inferred)" : "")}",
                null,
                Cite(g.Select(p => p.Source))))
            .ToList();
        var categories = facts.Categories.Select(c => new BriefItem(
            $"{Core.Campaigns.Categories.Label(c.Category)}{(c.Unclear ? " (unclear)" : "")} — {c.ListName}{(c.ListDate is { } d ? ", " + d : ", undated")}{(c.PeriodStart is { } p ? $", {p}–{c.PeriodEnd}" : "")}",
            null,
            Cite([c.Source]))).ToList();
        var votes = facts.Votes.Select(v => new BriefItem($"{v.Year} ({v.Resolution}): {WireName.Of(v.Vote)}", null, Cite([v.Source]))).ToList();
        var recorded = (await app.Db.FactsAsync(Review.Accepted, iso3: state.Iso3.Value, ct: ct))
            .Where(f => f.Kind != "position")
            .OrderByDescending(f => f.Id)
            .Take(Recent)
            .Select(RecordedFact.From)
            .Select(f => new BriefItem($"{f.Kind}: \"{Flat(f.Evidence)}\"", null, Cite([f.SourceUrl ?? f.Document])))
            .ToList();
        var actions = (await app.Db.ActionsAsync(state.Iso3, ct)).Where(a => a.Date <= asOf).Select(a => ActionRow.From(a, state.Name, asOf)).ToList();
        return new BriefingPack(
            asOf,
            state.Iso3.Value,
            state.Name,
            state.Region,
            state.UnRegionalGroup,
            status,
            statusSources,
            groups,
            obligations,
            positions,
            counters,
            process,
            categories,
            votes,
            recorded,
            [.. actions.Take(Recent).Select(a => new BriefItem($"{a.Date:yyyy-MM-dd} {WireName.Of(a.Kind)} by {a.Organisation}{(a.Contact is null ? "" : " with " + a.Contact)}: {a.Summary}", a.Outcome, []))],
            [.. actions.Where(a => a.FollowUp is not null && a.Done is null).OrderBy(a => a.FollowUp).Select(a => new BriefItem(
                $"{a.FollowUp:yyyy-MM-dd}{(a.Overdue ? " (overdue)" : "")}: follow up {WireName.Of(a.Kind)} of {a.Date:yyyy-MM-dd} ({a.Organisation})", a.Summary, []))],
            sources);
    }

    /// <summary>The issue briefs file (data/issue_briefs.yaml), checked; a bad file is refused with its line.</summary>
    public static IReadOnlyDictionary<TreatyIssue, IssueBrief> Briefs(BanwatchApp app)
    {
        var path = Path.Combine(app.DataFolder, DefaultBriefs);
        try
        {
            return IssueBriefs.Parse(File.ReadAllText(path), Path.Combine("data", DefaultBriefs));
        }
        catch (IOException e)
        {
            throw new BanwatchException(FailureKind.MissingFile, $"cannot read {path}: {e.Message}");
        }
        catch (RulesFileException e)
        {
            throw new BanwatchException(FailureKind.MalformedFile, $"the issue briefs file is not usable:{Environment.NewLine}{e.Message}");
        }
    }

    private static string Flat(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= 300 ? flat : flat[..297] + "...";
    }
}

/// <summary>One line of a pack: what, an optional detail (the evidence sentence, the outcome), and its source numbers.</summary>
public sealed record BriefItem(string Text, string? Detail, IReadOnlyList<string> Sources);
