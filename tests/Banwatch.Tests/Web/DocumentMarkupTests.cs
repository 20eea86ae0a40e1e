using Banwatch.Data;
using Banwatch.Features.Documents;
using Banwatch.Web;

namespace Banwatch.Tests.Web;

public sealed class DocumentMarkupTests
{
    private const string Text = "New Zealand hosted 122 states & <friends>.";

    private static DocumentRecord Record(IReadOnlyList<DocumentMention>? mentions = null, IReadOnlyList<StoredFact>? facts = null, IReadOnlyList<StoredFigure>? figures = null) =>
        new(new DocumentSummary { Id = 1, Name = "x.txt" }, TextWindow.At(Text, 0), Text, mentions ?? [], facts ?? [], figures ?? []);

    private static readonly DocumentMention Nzl = new("NZL", "New Zealand", 0, 11, "New Zealand");

    [Fact]
    public void A_later_window_marks_at_offsets_into_the_whole_text()
    {
        var whole = new string('x', TextWindow.Size) + "\nNorway signed.";
        var window = TextWindow.At(whole, TextWindow.Size + 5);
        var record = new DocumentRecord(
            new DocumentSummary { Id = 1, Name = "x.txt" }, window, whole[window.Start..window.End], [new("NOR", "Norway", TextWindow.Size + 1, TextWindow.Size + 7, "Norway")], [], []);
        Assert.Equal("<span class=\"hl hl-mention\" title=\"mention: Norway (NOR)\">Norway</span> signed.", DocumentMarkup.Html(record));
    }

    [Fact]
    public void Text_is_encoded_and_unmarked_without_extractions() =>
        Assert.Equal("New Zealand hosted 122 states &amp; &lt;friends&gt;.", DocumentMarkup.Html(Record()));

    [Fact]
    public void A_mention_is_marked_with_its_state()
    {
        var html = DocumentMarkup.Html(Record([Nzl]));
        Assert.StartsWith("<span class=\"hl hl-mention\" title=\"mention: New Zealand (NZL)\">New Zealand</span> hosted", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fact_at_a_mention_shows_its_kind_and_state_after_it_and_can_be_linked_to()
    {
        var fact = new StoredFact { Id = 7, Kind = "chaired", Iso3 = "NZL", MentionStart = 0, MentionEnd = 11, EvidenceStart = 0, EvidenceEnd = Text.Length };
        var html = DocumentMarkup.Html(Record([Nzl], [fact]));
        Assert.StartsWith("<span id=\"fact-7\"></span><span class=\"hl hl-fact\"", html, StringComparison.Ordinal);
        Assert.Contains("New Zealand</span><span class=\"kind\">chaired · NZL</span> hosted", html);
    }

    [Fact]
    public void Marks_nest_inside_the_evidence_and_one_crossing_its_end_is_cut_there()
    {
        var figure = new StoredFigure { Value = 122, What = "states_attending", Start = 19, End = 29 };
        var html = DocumentMarkup.Html(Record([Nzl], figures: [figure]), (0, 25));
        Assert.Equal(
            "<mark id=\"evidence\" class=\"hl-evidence\"><span class=\"hl hl-mention\" title=\"mention: New Zealand (NZL)\">New Zealand</span> hosted " +
            "<span class=\"hl hl-figure\" title=\"figure: 122 states attending\">122 st</span></mark>ates &amp; &lt;friends&gt;.",
            html);
    }

    [Fact]
    public void Offsets_outside_the_text_are_ignored() =>
        Assert.Equal(DocumentMarkup.Html(Record()), DocumentMarkup.Html(Record([new DocumentMention("NZL", "New Zealand", 30, 99, "")])));
}
