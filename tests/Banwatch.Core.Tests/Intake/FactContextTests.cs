using Banwatch.Core.Intake;
using Banwatch.Core.Provenance;

namespace Banwatch.Core.Tests.Intake;

/// <summary>What a fact is about: the meeting (named in its sentence, earlier in its paragraph, or in the title), declaration, date, amount.</summary>
public sealed class FactContextTests
{
    private static readonly MeetingResolver Events = new(
    [
        ("wellington-2008", "Wellington Conference on Cluster Munitions"),
        ("dublin-2008", "Dublin Diplomatic Conference on Cluster Munitions"),
        ("1msp-2010", "First Meeting of States Parties (1MSP)"),
        ("2rc-2020-part1", "Second Review Conference (2RC), first part"),
        ("2rc-2021-part2", "Second Review Conference (2RC), second part"),
    ]);

    private static Fact Only(string text, FactKind kind, string? title = null, DateOnly? published = null) =>
        Assert.Single(ExtractionPipeline.Standard(Vocabulary.Instance, Events).Run(new TextDocument("t.txt", text, title, null, published)).Facts, f => f.Kind == kind);

    [Fact]
    public void A_meeting_named_in_the_sentence_is_filed_under_its_event()
    {
        var about = Only("Ghana attended the Wellington Conference.", FactKind.Attended).About!;
        Assert.Equal(("Wellington Conference", "wellington-2008"), (about.Meeting, about.EventId));
    }

    [Fact]
    public void A_meeting_named_earlier_in_the_paragraph_holds_but_not_across_a_paragraph_break()
    {
        Assert.Equal("dublin-2008", Only("The Dublin Diplomatic Conference opened on Monday. Ghana co-chaired the session.", FactKind.Chaired).About!.EventId);
        Assert.Null(Only("The Dublin Diplomatic Conference opened on Monday.\n\nGhana co-chaired the session.", FactKind.Chaired).About!.Meeting);
    }

    [Fact]
    public void A_meeting_report_files_its_facts_under_the_meeting_its_title_names() =>
        Assert.Equal("1msp-2010", Only("Ghana chaired the session.", FactKind.Chaired, title: "Report of the First Meeting of States Parties").About!.EventId);

    [Fact]
    public void Signing_and_ratifying_are_not_about_a_meeting() =>
        Assert.Null(Only("At the Wellington Conference, Norway signed the Convention.", FactKind.Signed).About!.Meeting);

    [Theory]
    [InlineData("1MSP", "1msp-2010")]
    [InlineData("First Meeting of States Parties", "1msp-2010")]
    [InlineData("Dublin Conference", "dublin-2008")]
    [InlineData("2RC", null)]
    [InlineData("Oslo Conference", null)]
    public void The_resolver_files_a_meeting_under_one_event_or_none(string meeting, string? id) => Assert.Equal(id, Events.Resolve(meeting));

    [Fact]
    public void The_declaration_endorsed_is_named_in_the_sentence_or_earlier_in_its_paragraph()
    {
        Assert.Equal("Wellington Declaration", Only("Ghana endorsed the Wellington Declaration.", FactKind.Endorsed).About!.Declaration);
        Assert.Equal("Wellington Declaration", Only("The Wellington Declaration was opened for endorsement. Ghana endorsed the declaration.", FactKind.Endorsed).About!.Declaration);
    }

    [Fact]
    public void A_date_stated_with_the_fact_comes_before_the_documents_date()
    {
        Assert.Equal(ReportedDate.On(new DateOnly(2009, 9, 25)), Only("France ratified the Convention on 25 September 2009.", FactKind.Ratified, published: new DateOnly(2010, 1, 1)).About!.Date);
        Assert.Equal("2009-09", Only("France ratified the Convention in September 2009.", FactKind.Ratified).About!.Date.ToString());
        Assert.Equal(ReportedDate.On(new DateOnly(2010, 1, 1)), Only("France ratified the Convention.", FactKind.Ratified, published: new DateOnly(2010, 1, 1)).About!.Date);
        Assert.Null(Only("France ratified the Convention.", FactKind.Ratified).About!.Date);
    }

    [Fact]
    public void The_amount_pledged_is_kept_as_written() =>
        Assert.Equal("US$2 million", Only("Norway pledged US$2 million for clearance in Laos.", FactKind.Pledged).About!.Amount);
}
