using Banwatch.Core.Campaigns;
using Banwatch.Data.Import;
using Banwatch.Testing;

namespace Banwatch.Data.Tests.Import;

/// <summary>The campaign files: categories of different dates, UN votes, the endorsers merged into participation.</summary>
public class CampaignImportTests
{
    [Fact]
    public void The_shipped_campaign_files_load_whole()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.Equal(14, data.CategoryLists.Count);
        Assert.Equal(255, data.CategoryEntries.Count);
        Assert.Equal(9, data.UngaResolutions.Count);
        Assert.Equal(1099, data.UngaVotes.Count);
        Assert.Equal(16, data.UngaVotes.Count(v => v.Vote == Vote.Absent));
        Assert.Contains(data.Participation, p => p.Iso3.Value == "EGY" && p.Subject == "livingstone-declaration" && p.Relation == Core.Process.ParticipationRelation.DidNotEndorse);
        Assert.Equal(42, data.Participation.Count(p => p.Subject == "kampala-action-plan"));
        Assert.All(data.CategoryEntries, e => Assert.StartsWith("http", e.Source.Citation, StringComparison.Ordinal));
    }

    [Fact]
    public void Per_state_votes_agree_with_the_plenary_totals_where_both_are_known()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        foreach (var r in data.UngaResolutions.Where(r => r.Symbol is not null))
        {
            var votes = data.UngaVotes.Where(v => v.Resolution == r.Symbol).ToList();
            Assert.Equal((r.Yes, r.No, r.Abstain), (votes.Count(v => v.Vote == Vote.Yes), votes.Count(v => v.Vote == Vote.No), votes.Count(v => v.Vote == Vote.Abstain)));
        }
    }

    [Fact]
    public void A_category_outside_its_list_is_reported_with_file_line_and_column()
    {
        var folder = DataFolder.CopyWith(CsvImport.CategoryEntries, DataFolder.ReplaceLine("BRA,producer,cmc-producers", l => l.Replace("BRA,producer", "BRA,user", StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal((CsvImport.CategoryEntries, DataFolder.LineOf(CsvImport.CategoryEntries, "BRA,producer,cmc-producers"), "category"), (Path.GetFileName(error.File), error.Line, error.Column));
        Assert.Contains("not among the categories of list 'cmc-producers'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_vote_on_an_unknown_resolution_or_twice_for_a_state_is_refused()
    {
        var folder = DataFolder.CopyWith(CsvImport.UngaVotes, text => text.Replace("A/RES/70/54,USA,", "A/RES/70/99,USA,", StringComparison.Ordinal) + "A/RES/80/52,AGO,no,https://example.org\n");
        var errors = Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors;
        Assert.Contains(errors, e => e.Column == "resolution" && e.Message.Contains("A/RES/70/99", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Column == "iso3" && e.Message.Contains("a second vote for AGO", StringComparison.Ordinal));
    }

    [Fact]
    public void A_period_that_ends_before_it_starts_is_refused()
    {
        var folder = DataFolder.CopyWith(CsvImport.CategoryEntries, DataFolder.ReplaceLine("THA,user,hrw-2015-users", l => l.Replace("2011-02,2011-02", "2011-02,2010", StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal("period_end", error.Column);
    }
}
