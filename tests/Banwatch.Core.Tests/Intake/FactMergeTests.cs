using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

/// <summary>One fact per (kind, state, subject) per document, with every sentence that states it.</summary>
public sealed class FactMergeTests
{
    private static readonly MeetingResolver Events = new(
    [
        ("wellington-2008", "Wellington Conference on Cluster Munitions"),
        ("dublin-2008", "Dublin Diplomatic Conference on Cluster Munitions"),
    ]);

    private static List<Fact> Facts(string text, FactKind kind) =>
        [.. ExtractionPipeline.Standard(Vocabulary.Instance, Events).Run(new TextDocument("t.txt", text, null, null, null)).Facts.Where(f => f.Kind == kind)];

    [Fact]
    public void A_fact_stated_in_three_sentences_is_one_fact_with_the_other_two_as_its_places()
    {
        const string text = "Norway signed the Convention. Laos signed it as well.\n\nIn Oslo, Norway signed the Convention. Later that day Norway signed the Convention again.";
        var norway = Assert.Single(Facts(text, FactKind.Signed), f => f.State.Value == "NOR");
        Assert.Equal("Norway signed the Convention.", norway.Sentence.Of(text));
        Assert.Equal(["In Oslo, Norway signed the Convention.", "Later that day Norway signed the Convention again."], norway.Also!.Select(p => p.Sentence.Of(text)));
        Assert.All(norway.Also!, p => Assert.Equal("Norway", p.Mention.Of(text)));
        Assert.Null(Assert.Single(Facts(text, FactKind.Signed), f => f.State.Value == "LAO").Also);
    }

    [Fact]
    public void Attending_two_meetings_stays_two_facts() =>
        Assert.Equal(
            ["wellington-2008", "dublin-2008"],
            Facts("Ghana attended the Wellington Conference. Ghana attended the Dublin Diplomatic Conference.", FactKind.Attended).Select(f => f.About!.EventId));

    [Fact]
    public void The_same_meeting_named_two_ways_is_one_subject()
    {
        var ghana = Assert.Single(Facts("Ghana attended the Wellington Conference. Ghana also attended the Wellington Conference on Cluster Munitions.", FactKind.Attended));
        Assert.Single(ghana.Also!);
    }

    [Fact]
    public void Two_stances_of_one_state_on_one_issue_stay_two_facts()
    {
        var facts = Facts("Japan supported a ban on cluster munitions. Japan opposed a ban on cluster munitions.", FactKind.Position);
        Assert.Equal(2, facts.Select(f => (f.Issue, f.Stance)).Distinct().Count());
        Assert.All(facts, f => Assert.Null(f.Also));
    }

    [Fact]
    public void A_sentence_is_never_a_place_of_its_own_fact() =>
        Assert.All(Facts("Norway and Norway's neighbours signed the Convention. Norway signed it.", FactKind.Signed), f => Assert.DoesNotContain(f.Also ?? [], p => p.Sentence == f.Sentence));
}
