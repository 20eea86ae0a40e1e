using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

/// <summary>
/// How far from its verb a state may stand and still be its actor: 300 characters from the end of the subject's list
/// to the cue, and from the cue to the first state it introduces. A list after a colon and the rest of a list run on.
/// </summary>
public sealed class ActorReachTests
{
    private const int Reach = 300;

    private static IEnumerable<string> Facts(string text) =>
        ExtractionPipeline.Standard(Vocabulary.Instance).Run(new TextDocument("t.txt", text)).Facts.Select(f => $"{IntakeNames.Of(f.Kind)} {f.State}");

    /// <summary>Words that neither name a state nor break, deny or hedge a clause, padded to exactly <paramref name="length"/> characters.</summary>
    private static string Gap(int length)
    {
        var words = string.Concat(Enumerable.Repeat(" quietly", (length - 1) / 8));
        return words.PadRight(length - 1) + " ";
    }

    [Theory]
    [InlineData(Reach, true)]
    [InlineData(Reach + 1, false)]
    public void A_subject_is_the_actor_of_a_verb_within_reach(int gap, bool actor)
    {
        var text = "Norway" + Gap(gap) + "signed the Convention.";
        Assert.Equal(gap, text.IndexOf("signed", StringComparison.Ordinal) - "Norway".Length);
        Assert.Equal(actor, Facts(text).Contains("signed NOR"));
    }

    [Theory]
    [InlineData(Reach, true)]
    [InlineData(Reach + 1, false)]
    public void A_state_a_cue_introduces_stands_within_reach(int gap, bool actor)
    {
        var text = "Many states signed" + Gap(gap - "including ".Length) + "including Norway.";
        Assert.Equal(gap, text.IndexOf("Norway", StringComparison.Ordinal) - text.IndexOf(" quietly", StringComparison.Ordinal));
        Assert.Equal(actor, Facts(text).Contains("signed NOR"));
    }

    [Fact]
    public void A_list_after_a_colon_and_the_rest_of_a_list_run_past_the_reach()
    {
        var names = "Albania, Andorra, Austria, Belgium, Bosnia and Herzegovina, Bulgaria, Croatia, Denmark, France, Germany, Hungary, Ireland, Italy, Lithuania, Luxembourg, Malta, "
            + "Moldova, Montenegro, the Netherlands, North Macedonia, Norway, Portugal, San Marino, Slovakia, Slovenia, Spain, Sweden, Switzerland "
            + "and the United Kingdom";
        Assert.True(names.Length > Reach);
        var facts = Facts("These European states signed on the first day:" + Gap(Reach + 1) + names + ".").ToList();
        Assert.Contains("signed ALB", facts);
        Assert.Contains("signed GBR", facts);
        facts = Facts("The Convention was signed by " + names + ".").ToList();
        Assert.Contains("signed GBR", facts);
    }
}
