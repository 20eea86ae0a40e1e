using Banwatch.Core.Failures;
using Banwatch.Core.Intake;
using Banwatch.Core.Intake.Learned;
using Banwatch.Core.States;

namespace Banwatch.Core.Tests.Intake.Learned;

/// <summary>The learned fact model: what it sees of a mention, how it learns from document-level gold, and its file.</summary>
public sealed class FactModelTests
{
    private static readonly ExtractionPipeline Rules = ExtractionPipeline.Standard(Vocabulary.Instance);

    private static Extraction Extract(string text) => Rules.Run(new TextDocument("t.txt", text));

    private static string[] FeaturesOf(string text, string state)
    {
        var x = Extract(text);
        var features = MentionFeatures.Of(text, x.Sentences, x.Mentions);
        return features[x.Mentions.ToList().FindIndex(m => m.State.Value == state)];
    }

    [Fact]
    public void State_names_are_never_features_so_the_model_learns_wording_not_states()
    {
        var features = FeaturesOf("Norway and Chile welcomed the text.", "NOR");
        Assert.DoesNotContain(features, f => f.Contains("norway", StringComparison.OrdinalIgnoreCase) || f.Contains("chile", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("r1:and", features);
        Assert.Contains("r:<state>", features);
    }

    [Fact]
    public void An_item_in_the_middle_of_a_list_sees_the_words_around_the_whole_list()
    {
        var features = FeaturesOf("Last year Ghana, Peru, Chile, Fiji, Samoa and Niger quietly ratified the Convention.", "FJI");
        Assert.Contains("list:4+", features);
        Assert.Contains("Ll1:year", features);
        Assert.Contains("Lr1:quietl", features);
        Assert.DoesNotContain("r1:quietl", features);
    }

    [Fact]
    public void The_rules_cues_are_features_by_the_side_they_stand_on()
    {
        Assert.Contains("cueR:ratified", FeaturesOf("Ghana ratified the Convention.", "GHA"));
        Assert.Contains("cueL:signed", FeaturesOf("Signatories include Ghana.", "GHA"));
    }

    [Fact]
    public void An_item_under_a_line_ending_in_a_colon_carries_that_lines_cues()
    {
        const string text = "The following states ratified the Convention this year:\n\n- Ghana\n- Peru\n\nThe weather in Geneva was mild.";
        Assert.Contains("intro:ratified", FeaturesOf(text, "PER"));
    }

    [Fact]
    public void A_line_listing_many_names_under_a_line_ending_in_a_colon_is_one_of_its_items()
    {
        const string text = "Signatories by region:\n\nAFRICA (5): Ghana, Kenya, Mali, Niger, Togo.\n\nAMERICAS (10): Peru, Chile, Mexico, Panama, Bolivia, Uruguay, Paraguay, Colombia, Honduras and Ecuador.";
        Assert.Contains("intro:signed", FeaturesOf(text, "ECU"));
        Assert.DoesNotContain("intro:signed", FeaturesOf("Signatories by region:\n\nAfter long talks in the capital, Peru was ready to sign on the very last day of the conference.", "PER"));
    }

    private static TrainingDocument Training(string text, params (FactKind Kind, string State)[] facts)
    {
        var x = Extract(text);
        return new TrainingDocument(text, x.Sentences, x.Mentions, facts.Select(f => (f.Kind, Iso3.Parse(f.State))).ToHashSet());
    }

    /// <summary>Gold says only which states pledged; the model must find that "handed cash" says it and "praised" does not.</summary>
    private static FactModel Trained() => FactModel.Train(
    [
        Training("Ghana handed cash to the fund. Peru praised the fund.", (FactKind.Pledged, "GHA")),
        Training("Chile handed cash to the fund. Fiji praised the fund.", (FactKind.Pledged, "CHL")),
        Training("Niger praised the fund. Samoa handed cash to the fund.", (FactKind.Pledged, "WSM")),
        Training("Mali praised the fund. Togo handed cash to the fund. Chad praised the fund.", (FactKind.Pledged, "TGO")),
    ]);

    private static double Score(FactModel model, string text, string state, FactKind kind) =>
        ScoreOf(model, kind, FeaturesOf(text, state));

    /// <summary>One kind's score, read from the all-kinds scoring the step does.</summary>
    private static double ScoreOf(FactModel model, FactKind kind, IEnumerable<string> features)
    {
        var scores = new double[Enum.GetValues<FactKind>().Length];
        model.Score(features, scores, []);
        return scores[(int)kind];
    }

    [Fact]
    public void Learns_from_which_states_have_a_fact_which_words_state_it()
    {
        var model = Trained();
        const string text = "Kenya handed cash to the fund. Italy praised the fund.";
        Assert.True(Score(model, text, "KEN", FactKind.Pledged) > 0.5);
        Assert.True(Score(model, text, "ITA", FactKind.Pledged) < 0.5);
    }

    [Fact]
    public void Where_the_rules_say_which_mention_states_a_gold_fact_that_mention_alone_teaches_it()
    {
        // Each pledging state is named twice, once praising and once giving: gold alone says only that it pledged,
        // the rules' evidence says which sentence states it.
        TrainingDocument Twice(string giver, string other, bool evidence)
        {
            var text = $"{giver} praised this fund very warmly. {giver} handed cash to the fund. {other} spoke.";
            var x = Extract(text);
            var giving = x.Mentions[1];
            return new TrainingDocument(
                text, x.Sentences, x.Mentions, new HashSet<(FactKind, Iso3)> { (FactKind.Pledged, giving.State) }, evidence ? new HashSet<(FactKind, int)> { (FactKind.Pledged, giving.Span.Start) } : null);
        }

        double Margin(bool evidence)
        {
            var model = FactModel.Train([Twice("Ghana", "Peru", evidence), Twice("Chile", "Fiji", evidence), Twice("Niger", "Samoa", evidence), Twice("Mali", "Togo", evidence)]);
            return Score(model, "Kenya handed cash to the fund.", "KEN", FactKind.Pledged) - Score(model, "Kenya praised this fund very warmly.", "KEN", FactKind.Pledged);
        }

        Assert.True(Margin(evidence: true) > 0);
        Assert.True(Margin(evidence: true) > Margin(evidence: false) + 0.1, $"{Margin(true)} against {Margin(false)} without evidence");
    }

    [Fact]
    public void Training_is_deterministic_and_the_file_reads_back_to_the_same_scores()
    {
        var model = Trained();
        var written = new StringWriter();
        model.Write(written);
        var again = new StringWriter();
        Trained().Write(again);
        Assert.Equal(written.ToString(), again.ToString());

        var read = FactModel.Read(new StringReader(written.ToString()));
        const string text = "Kenya handed cash to the fund.";
        Assert.Equal(Score(model, text, "KEN", FactKind.Pledged), Score(read, text, "KEN", FactKind.Pledged), 2);
        Assert.Equal(model.Thresholds, read.Thresholds);
    }

    [Fact]
    public void Other_thresholds_change_only_the_kinds_named_and_keep_the_scores()
    {
        var model = Trained();
        var changed = model.WithThresholds(new Dictionary<FactKind, double> { [FactKind.Pledged] = 0.2 });
        Assert.Equal(0.2, changed.Thresholds[(int)FactKind.Pledged]);
        Assert.All(Enum.GetValues<FactKind>().Where(k => k != FactKind.Pledged), k => Assert.Equal(model.Thresholds[(int)k], changed.Thresholds[(int)k]));
        const string text = "Kenya handed cash to the fund.";
        Assert.Equal(Score(model, text, "KEN", FactKind.Pledged), Score(changed, text, "KEN", FactKind.Pledged));
    }

    [Fact]
    public void A_malformed_line_is_an_error_naming_it()
    {
        var header = "feature\t" + string.Join('\t', Enum.GetValues<FactKind>().Select(IntakeNames.Of));
        var row = string.Join('\t', Enumerable.Repeat("0.1", Enum.GetValues<FactKind>().Length));
        var e = Assert.Throws<BanwatchException>(() => FactModel.Read(new StringReader($"{header}\n<bias>\t{row}\nr1:ratifi\t0.5\n"), "m.tsv"));
        Assert.Equal("m.tsv line 3: 2 cells, 14 expected", e.Message);
        Assert.Equal(FailureKind.MalformedFile, e.Kind);
        Assert.Equal("m.tsv line 2: 'x' is not a number", Assert.Throws<BanwatchException>(() => FactModel.Read(new StringReader($"{header}\n<bias>\tx{row[3..]}\n"), "m.tsv")).Message);
        Assert.Equal("m.tsv line 3: 'l:a' is named twice", Assert.Throws<BanwatchException>(() => FactModel.Read(new StringReader($"{header}\nl:a\t{row}\nl:a\t{row}\n"), "m.tsv")).Message);
        Assert.Equal("m.tsv line 1: 'won' is not a fact kind", Assert.Throws<BanwatchException>(() => FactModel.Read(new StringReader("feature\twon\n"), "m.tsv")).Message);
        Assert.Equal("m.tsv line 1: 'attended' needs one column, not 0", Assert.Throws<BanwatchException>(() => FactModel.Read(new StringReader("feature\tsigned\n"), "m.tsv")).Message);
    }

    [Fact]
    public void The_step_proposes_what_the_rules_missed_citing_the_sentence_it_read()
    {
        const string text = "The fund met in May. Kenya handed cash to the fund, officials said.";
        var pipeline = ExtractionPipeline.Standard(Vocabulary.Instance, model: Trained());
        var fact = Assert.Single(pipeline.Run(new TextDocument("t.txt", text)).Facts, f => f.Kind == FactKind.Pledged);
        Assert.Equal("KEN", fact.State.Value);
        Assert.Equal("Kenya handed cash to the fund, officials said.", fact.Sentence.Of(text));
        Assert.Equal("Kenya", fact.Mention.Of(text));
        Assert.InRange(fact.LearnedScore!.Value, Trained().Thresholds[(int)FactKind.Pledged], 1);
    }

    [Fact]
    public void A_learned_position_says_what_issue_and_stance_its_sentence_states()
    {
        var model = FactModel.Train(
        [
            Training("Ghana is firmly behind a ban. Peru praised the fund.", (FactKind.Position, "GHA")),
            Training("Chile is firmly behind a ban. Fiji praised the fund.", (FactKind.Position, "CHL")),
            Training("Niger praised the fund. Samoa is firmly behind a ban.", (FactKind.Position, "WSM")),
        ]);
        const string text = "Kenya is firmly behind a ban, as its champion in the region.";
        Assert.DoesNotContain(Rules.Run(new TextDocument("t.txt", text)).Facts, f => f.Kind == FactKind.Position);
        var fact = Assert.Single(ExtractionPipeline.Standard(Vocabulary.Instance, model: model).Run(new TextDocument("t.txt", text)).Facts, f => f.Kind == FactKind.Position);
        Assert.NotNull(fact.LearnedScore);
        Assert.Equal((PositionIssue.Process, Stance.Support), (fact.Issue, fact.Stance));
    }

    [Fact]
    public void The_step_adds_nothing_the_rules_already_found()
    {
        const string text = "Kenya handed cash to the fund and pledged EUR 2 million.";
        var rules = Rules.Run(new TextDocument("t.txt", text)).Facts.Count(f => f.Kind == FactKind.Pledged && f.State.Value == "KEN");
        var both = ExtractionPipeline.Standard(Vocabulary.Instance, model: Trained()).Run(new TextDocument("t.txt", text)).Facts.Count(f => f.Kind == FactKind.Pledged && f.State.Value == "KEN");
        Assert.Equal(1, rules);
        Assert.Equal(rules, both);
        Assert.Null(Assert.Single(ExtractionPipeline.Standard(Vocabulary.Instance, model: Trained()).Run(new TextDocument("t.txt", text)).Facts, f => f.Kind == FactKind.Pledged).LearnedScore);
    }

    /// <summary>A model that states `signed` of every state in a sentence where the rules found a cue of signing.</summary>
    private static FactModel SignedWhereverCued()
    {
        var kinds = Enum.GetValues<FactKind>();
        string Row(string name, Func<FactKind, double> value) => string.Join('\t', [name, .. kinds.Select(k => value(k).ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var file = string.Join('\n',
            "feature\t" + string.Join('\t', kinds.Select(IntakeNames.Of)),
            Row("<threshold>", _ => 0.5),
            Row("<bias>", _ => -3),
            Row("cue:signed", k => k == FactKind.Signed ? 6 : 0));
        return FactModel.Read(new StringReader(file));
    }

    private static string[] Signed(string text) =>
        [.. ExtractionPipeline.Standard(Vocabulary.Instance, model: SignedWhereverCued()).Run(new TextDocument("t.txt", text)).Facts
            .Where(f => f.Kind == FactKind.Signed).Select(f => f.State.Value).Order()];

    [Fact]
    public void The_step_states_nothing_where_the_rules_hold_back_every_cue_of_its_kind()
    {
        // The model would state it of both: the rules found the cue in each sentence.
        foreach (var text in new[] { "Eighty-four countries have still not signed, among them Chile and Peru.", "Chile and Peru are not yet signatories." })
        {
            Assert.Contains("cue:signed", FeaturesOf(text, "PER"));
            Assert.Empty(Signed(text));
        }
    }

    [Fact]
    public void The_step_gives_no_state_a_second_act_where_the_rules_read_every_cue_of_its_kind_as_anothers()
    {
        // The rules give "signed by" to Cyprus and "ratified" to Uruguay and Malta: signing is not theirs too.
        const string text = "The Convention was signed by Cyprus, while Uruguay and Malta ratified it.";
        Assert.Equal(["URY", "MLT"], Rules.Run(new TextDocument("t.txt", text)).Facts.Where(f => f.Kind == FactKind.Ratified).Select(f => f.State.Value));
        Assert.Equal(["CYP"], Signed(text));

        // A state the rules gave nothing in that sentence is still the model's to judge.
        Assert.Equal(["CHL", "CYP"], Signed("The Convention was signed by Cyprus, and Chile took note."));
    }

    [Fact]
    public void The_shipped_model_is_built_in_and_covers_every_kind()
    {
        var model = FactModel.Shipped;
        Assert.Equal(Enum.GetValues<FactKind>().Length, model.Thresholds.Length);
        Assert.All(model.Thresholds, t => Assert.InRange(t, 0.01, 0.99));
        Assert.True(ScoreOf(model, FactKind.Ratified, FeaturesOf("Ghana ratified the Convention.", "GHA")) > 0.5);
    }
}
