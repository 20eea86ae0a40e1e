using Banwatch.Core.Campaigns;
using Banwatch.Core.Obligations;
using Banwatch.Core.Process;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Core.Tests.Campaigns;

/// <summary>The condition language: parsing with line and column, evaluation as of a date, reasons with their sources.</summary>
public class TargetRulesTests
{
    private static readonly Source Src = Source.Parse("https://example.org/source");

    private static State State(string iso3, string name, string region) =>
        new(Iso3.Parse(iso3), iso3[..2], "000", name, name, UnStatus.Member, null, region, null, Src);

    /// <summary>Norway attended Oslo and Lima and endorsed; Japan attended Oslo, refused, and argued for transition; Fiji never attended.</summary>
    private static CampaignRecord Record()
    {
        var states = new[] { State("NOR", "Norway", "Europe"), State("JPN", "Japan", "Asia"), State("FJI", "Fiji", "Oceania") };
        var names = new StateNames(states, []);
        var timeline = new StatusTimeline(states.Select(s => s.Iso3), [new TreatyRecord(Iso3.Parse("NOR"), new DateOnly(2008, 12, 3), new DateOnly(2008, 12, 3), Instrument.Ratification, null, null, Src)]);
        TreatyEvent Event(string id, DateOnly day) => new(id, id, EventKind.OsloProcessConference, day, day, null, null, null, Src);
        var events = new[] { Event("oslo-2007", new DateOnly(2007, 2, 22)), Event("lima-2007", new DateOnly(2007, 5, 23)) };
        var declarations = new[] { new Declaration("oslo-declaration", "Oslo Declaration", "oslo-2007", new DateOnly(2007, 2, 23), Src) };
        Participation P(string iso3, string subject, ParticipationRelation r) => new(Iso3.Parse(iso3), subject, r, Src, null);
        var participation = new[]
        {
            P("NOR", "oslo-2007", ParticipationRelation.Attended), P("NOR", "lima-2007", ParticipationRelation.Attended),
            P("NOR", "oslo-declaration", ParticipationRelation.Endorsed), P("JPN", "oslo-2007", ParticipationRelation.Attended),
            P("JPN", "oslo-declaration", ParticipationRelation.DidNotEndorse),
        };
        var positions = new[]
        {
            new Position(Iso3.Parse("JPN"), TreatyIssue.Transition, PositionStance.Weaken, new DateOnly(2007, 12, 7), new DateOnly(2026, 1, 1),
                new PositionEvidence(EvidenceKind.Document, 7, "Vienna report", "https://example.org/vienna", "Japan called for transition periods.", 3, 10, 46, null)),
        };
        return new CampaignRecord(
            names, timeline, _ => Src.Citation, events, declarations, participation, positions, new CategoryLedger([], [], []), new VotingRecord([], []),
            new ObligationLedger(timeline, [], [], [], new Dictionary<string, DateOnly>()));
    }

    private static TargetRules Parse(string yaml, CampaignRecord record) => TargetRulesFile.Parse(yaml, "rules.yaml", RuleVocabulary.Of(record));

    [Fact]
    public void Each_state_comes_with_the_conditions_that_matched_and_their_sources()
    {
        var record = Record();
        var rules = Parse(
            """
            groups:
              - name: strengthen
                title: Committed
                when: { attended: { at_least: 2 }, endorsed: oslo-declaration }
              - name: counter
                title: Weakening
                when: { stance: { is: weaken, issue: transition } }
              - name: reach-out
                title: Silent
                except: [strengthen, counter]
                when: { not: { endorsed: any } }
            """,
            record);
        var lists = rules.Evaluate(record, new DateOnly(2007, 12, 7));
        var norway = Assert.Single(lists.Group("strengthen")!.States);
        Assert.Equal("NOR", norway.Iso3);
        Assert.Contains(norway.Reasons, r => r.Facts.StartsWith("2: ", StringComparison.Ordinal) && r.Sources.SequenceEqual([Src.Citation]));
        var japan = Assert.Single(lists.Group("counter")!.States);
        Assert.Contains("Japan called for transition periods.", japan.Reasons[0].Facts, StringComparison.Ordinal);
        Assert.Equal(["https://example.org/vienna"], japan.Reasons[0].Sources);
        Assert.Equal(["FJI"], lists.Group("reach-out")!.States.Select(s => s.Iso3));
    }

    [Fact]
    public void A_rule_is_evaluated_as_of_its_date()
    {
        var record = Record();
        var rules = Parse("groups:\n  - name: g\n    title: t\n    when: { attended: { at_least: 2 } }\n", record);
        Assert.Empty(rules.Evaluate(record, new DateOnly(2007, 5, 22)).Groups[0].States);
        Assert.Single(rules.Evaluate(record, new DateOnly(2007, 5, 23)).Groups[0].States);
        var counter = Parse("groups:\n  - name: g\n    title: t\n    when: { stance: weaken }\n", record);
        Assert.Empty(counter.Evaluate(record, new DateOnly(2007, 12, 6)).Groups[0].States);
    }

    [Theory]
    [InlineData("groups:\n  - name: g\n    title: t\n    when: { atended: 2 }\n", 4, 13, "unknown key 'atended'")]
    [InlineData("groups:\n  - name: g\n    title: t\n    when: { endorsed: welington-declaration }\n", 4, 23, "unknown 'welington-declaration'")]
    [InlineData("groups:\n  - name: g\n    title: t\n    when: { status: party }\n", 4, 21, "'party' is not one of")]
    [InlineData("groups:\n  - name: g\n    when: { status: signatory }\n", 2, 5, "'title' is required")]
    [InlineData("groups:\n  - name: g\n    title: t\n    when: { vote: { year: 2019 } }\n", 4, 19, "'is' is required")]
    [InlineData("groups: [ { name: g\n", 2, 1, "not valid YAML")]
    [InlineData("groups:\n  - name: b\n    title: t\n    except: [later]\n    when: { status: signatory }\n", 4, 14, "unknown 'later'")]
    public void An_invalid_rules_file_is_refused_with_file_line_and_reason(string yaml, int line, int column, string reason)
    {
        var e = Assert.Throws<RulesFileException>(() => Parse(yaml, Record()));
        var error = e.Errors[0];
        Assert.Equal(("rules.yaml", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"rules.yaml:{line}:{column}: ", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Issue_briefs_name_a_brief_without_counter_arguments_by_line()
    {
        var e = Assert.Throws<RulesFileException>(() => IssueBriefs.Parse("briefs:\n  - issue: transition\n    title: T\n    claim: C\n", "briefs.yaml"));
        Assert.Equal(2, e.Errors[0].Line);
        Assert.Contains("counter_arguments", e.Errors[0].Message, StringComparison.Ordinal);
    }
}
