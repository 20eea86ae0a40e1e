using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

public class SentenceSplitterTests
{
    private static List<string> Split(string text) => [.. SentenceSplitter.Split(text).Select(s => s.Of(text))];

    [Fact]
    public void Sentences_end_at_a_period_before_a_capital() =>
        Assert.Equal(["Norway spoke.", "Peru agreed."], Split("Norway spoke. Peru agreed."));

    [Fact]
    public void Abbreviations_and_initials_do_not_end_a_sentence() =>
        Assert.Equal(["Amb. Kongstad and J. Williams met the U.S. team on 3 Dec. 2008."], Split("Amb. Kongstad and J. Williams met the U.S. team on 3 Dec. 2008."));

    [Fact]
    public void A_wrapped_line_is_one_sentence_but_a_bullet_starts_another() =>
        Assert.Equal(["States spoke in favour of a\nbroad definition", "Mexico agreed."], Split("States spoke in favour of a\nbroad definition\n• Mexico agreed."));

    [Fact]
    public void A_line_ending_in_a_wrapping_word_runs_on_even_into_a_label_but_not_into_a_bullet() =>
        Assert.Equal(
            ["The following states have not yet entered into force for\n   them: Chad, Andorra.", "It is the one for", "- Peru."],
            Split("The following states have not yet entered into force for\n   them: Chad, Andorra.\nIt is the one for\n- Peru."));

    [Fact]
    public void A_row_led_by_dots_from_a_name_stays_one_sentence_and_each_row_starts_one()
    {
        const string text = "Australia ....... Criminal Code Amendment Act 2012\nAustria ....... Federal Law, 2008\nStates Parties ....... Fiji";
        var names = new List<AliasMatch> { new(0, 9, 0), new(51, 58, 0), new(108, 112, 0) };
        Assert.Equal(
            ["Australia ....... Criminal Code Amendment Act 2012", "Austria ....... Federal Law, 2008", "States Parties .......", "Fiji"],
            [.. SentenceSplitter.Split(text, names).Select(s => s.Of(text))]);
    }

    [Fact]
    public void A_time_stamp_at_a_line_start_begins_a_new_sentence() =>
        Assert.Equal(
            ["Watch that space.", "[01:40] SAM: Money?", "[01:41] TOVE: The United States remained the biggest funder,", "14:05 Norway took the floor."],
            Split("Watch that space.\n[01:40] SAM: Money?\n[01:41] TOVE: The United States remained the biggest funder,\n14:05 Norway took the floor."));

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "  First one.\n\nSecond one.";
        var spans = SentenceSplitter.Split(text);
        Assert.Equal(2, spans[0].Start);
        Assert.Equal("Second one.", spans[1].Of(text));
    }

    [Fact]
    public void A_full_stop_without_a_space_between_words_ends_a_sentence() =>
        Assert.Equal(["It condemns any use.", "Neither state has signed.", "The U.S.A and C.Ms stay whole."], Split("It condemns any use.Neither state has signed. The U.S.A and C.Ms stay whole."));

    [Fact]
    public void A_short_line_without_closing_punctuation_is_a_headline()
    {
        const string text = "Chile Hosts Regional Meeting\nSantiago, 4 June 2008 \u2014 Delegations from twenty countries met in the Chilean capital this week for talks on a ban.\n" +
            "Peru and Mexico said that the region should speak with one voice at the negotiations in Dublin next month.\n";
        Assert.Equal(
            ["Chile Hosts Regional Meeting", "Santiago, 4 June 2008 \u2014 Delegations from twenty countries met in the Chilean capital this week for talks on a ban.", "Peru and Mexico said that the region should speak with one voice at the negotiations in Dublin next month."],
            Split(text));
    }

    [Fact]
    public void Lines_wrapped_at_a_fixed_width_stay_one_sentence()
    {
        const string text = "The conference was presided over by New Zealand, whose Disarmament Minister opened it on the\n" +
            "first morning and closed it four days later with the adoption of the Wellington Declaration by\n" +
            "Eighty-two states that had come to negotiate the text and many others that had come to listen.\n";
        Assert.Single(Split(text));
    }

    [Fact]
    public void A_run_on_without_full_stops_is_cut_at_clause_boundaries_into_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("Norway and Peru spoke about the text, ", 3_000));
        var pieces = SentenceSplitter.Split(text);
        Assert.True(pieces.Count > 50);
        Assert.All(pieces, p => Assert.InRange(p.Length, 1, SentenceSplitter.MaxLength));
        Assert.All(pieces.SkipLast(1), p => Assert.EndsWith(",", p.Of(text), StringComparison.Ordinal));
        Assert.Equal(text.TrimEnd(), string.Concat(pieces.Select((p, i) => i + 1 < pieces.Count ? text[p.Start..pieces[i + 1].Start] : p.Of(text))));
    }

    [Fact]
    public void A_huge_line_without_any_boundary_is_cut_at_the_limit() =>
        Assert.All(SentenceSplitter.Split(new string('x', 10_000)), p => Assert.Equal(SentenceSplitter.MaxLength, p.Length));
}
