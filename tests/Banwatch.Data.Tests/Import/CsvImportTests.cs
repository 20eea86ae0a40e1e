using Banwatch.Core.Treaty;
using Banwatch.Data.Import;
using Banwatch.Testing;

namespace Banwatch.Data.Tests.Import;

public class CsvImportTests
{
    [Fact]
    public void The_shipped_data_loads_whole()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.Equal(197, data.States.Count);
        Assert.Equal(193, data.States.Count(s => s.UnStatus == Core.States.UnStatus.Member));
        Assert.Equal(113, data.Treaty.Count(t => t.Record.Deposited is not null));
        Assert.Single(data.Treaty, t => t.Record.Withdrawal is not null);
        Assert.All(data.Treaty, t => Assert.False(string.IsNullOrWhiteSpace(t.Record.Source.Citation)));
        Assert.Contains(data.Events, e => e.Id == "wellington-2008");
        Assert.Contains(data.Aliases, a => a.Alias == "Laos");
    }

    [Fact]
    public void Reading_the_same_files_twice_gives_the_same_content_hash() =>
        Assert.Equal(CsvImport.Read(DataFolder.Shipped).ContentHash, CsvImport.Hash(DataFolder.Shipped));

    [Fact]
    public void Lithuanias_withdrawal_is_read_with_its_receipt_date()
    {
        var ltu = CsvImport.Read(DataFolder.Shipped).Treaty.Single(t => t.Record.Iso3.Value == "LTU").Record;
        Assert.Equal(new DateOnly(2024, 9, 6), ltu.Withdrawal!.Received);
        Assert.Equal(new DateOnly(2025, 3, 6), ltu.Withdrawal.TakesEffect);
    }

    [Fact]
    public void A_bad_date_is_reported_with_file_line_and_column()
    {
        var folder = DataFolder.CopyWith(CsvImport.Status, DataFolder.ReplaceLine("LAO,", l => l.Replace("2009-03-18", "2009-03-32", StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal(CsvImport.Status, Path.GetFileName(error.File));
        Assert.Equal(DataFolder.LineOf(CsvImport.Status, "LAO,"), error.Line);
        Assert.Equal("deposited", error.Column);
        Assert.Contains("'2009-03-32' is not a date", error.ToString());
    }

    [Fact]
    public void A_file_saved_with_a_byte_order_mark_reads_as_without()
    {
        var folder = DataFolder.CopyWith(CsvImport.States, text => "\uFEFF" + text);
        Assert.Equal(CsvImport.Read(DataFolder.Shipped).States, CsvImport.Read(folder).States);
    }

    [Fact]
    public void A_nul_character_in_a_field_is_refused_naming_file_line_and_field()
    {
        var folder = DataFolder.CopyWith(CsvImport.Aliases, DataFolder.ReplaceLine("LAO,Lao PDR,", l => l.Replace("Lao PDR", "Lao\0PDR", StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal((CsvImport.Aliases, DataFolder.LineOf(CsvImport.Aliases, "LAO,Lao PDR,"), "alias"), (Path.GetFileName(error.File), error.Line, error.Column));
        Assert.Contains("NUL", error.Message);
    }

    [Fact]
    public void A_source_that_is_not_an_http_url_is_reported_with_file_line_and_column()
    {
        var folder = DataFolder.CopyWith(CsvImport.Status, DataFolder.ReplaceLine("LAO,", l => l.Replace("https://", " JaVaScRiPt:alert(1)//", StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal(DataFolder.LineOf(CsvImport.Status, "LAO,"), error.Line);
        Assert.Equal("source", error.Column);
        Assert.Contains("its scheme is 'javascript:'", error.Message);
    }

    [Fact]
    public void An_unknown_state_is_reported_where_it_is_used()
    {
        var folder = DataFolder.CopyWith(CsvImport.Status, DataFolder.ReplaceLine("NOR,", l => "XYZ" + l[3..]));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal("iso3", error.Column);
        Assert.Contains("unknown state 'XYZ'", error.Message);
    }

    [Fact]
    public void A_missing_column_is_reported_on_the_header_line()
    {
        var folder = DataFolder.CopyWith(CsvImport.States, text => text.Replace("iso3,iso2,m49,", "iso3,iso2,", StringComparison.Ordinal));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors, e => e.File.EndsWith(CsvImport.States, StringComparison.Ordinal));
        Assert.Equal(1, error.Line);
        Assert.Contains("missing column(s): m49", error.Message);
    }

    [Fact]
    public void A_fact_without_a_source_is_refused()
    {
        var folder = DataFolder.CopyWith(CsvImport.Participation, DataFolder.ReplaceLine("HRV,", l => string.Join(',', l.Split(',').Take(3)) + ",,"));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal("source", error.Column);
    }

    [Fact]
    public void A_deposit_before_signature_is_refused_with_the_line()
    {
        var folder = DataFolder.CopyWith(CsvImport.Status, DataFolder.ReplaceLine("LAO,", l => l.Replace("2008-12-03", "2010-01-01", StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Contains("before signing", error.Message);
        Assert.Equal(DataFolder.LineOf(CsvImport.Status, "LAO,"), error.Line);
    }

    [Fact]
    public void Every_problem_is_reported_not_only_the_first()
    {
        var folder = DataFolder.CopyWith(CsvImport.Events, text => text.Replace(",oslo_process_conference,", ",conference,", StringComparison.Ordinal));
        var errors = Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors;
        Assert.True(errors.Count >= 4, string.Join("\n", errors));
        Assert.All(errors, e => Assert.Equal("kind", e.Column));
    }

    [Fact]
    public void Invalid_utf8_is_reported_not_misread()
    {
        var folder = DataFolder.CopyWith(CsvImport.Declarations, t => t);
        var path = Path.Combine(folder, CsvImport.Declarations);
        File.WriteAllBytes(path, [.. File.ReadAllBytes(path), 0xC3, 0x28, (byte)'\n']);
        Assert.NotEmpty(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
    }

    [Fact]
    public void Instruments_are_read_as_deposited()
    {
        var treaty = CsvImport.Read(DataFolder.Shipped).Treaty.ToDictionary(t => t.Record.Iso3.Value, t => t.Record);
        Assert.Equal(Instrument.Accession, treaty["VUT"].Instrument);
        Assert.Equal(Instrument.Ratification, treaty["NOR"].Instrument);
    }

    [Fact]
    public void The_obligations_research_loads_whole()
    {
        var data = CsvImport.Read(DataFolder.Shipped);
        Assert.Equal(40, data.Obligations.Count(o => o.Kind == Core.Obligations.ObligationKind.StockpileDestruction));
        Assert.Equal(21, data.Obligations.Count(o => o.Kind == Core.Obligations.ObligationKind.Clearance));
        Assert.Equal(75, data.Reports.Count);
        var peru = data.Obligations.Single(o => o.Iso3.Value == "PER" && o.Kind == Core.Obligations.ObligationKind.StockpileDestruction);
        Assert.Equal("2023-12-15", peru.Completed.ToString());
        Assert.Equal("2rc-2021-silence", peru.ExtensionGrantedAt);
        Assert.Equal("2013-07", data.Obligations.Single(o => o.Iso3.Value == "CHL" && o.Kind == Core.Obligations.ObligationKind.StockpileDestruction).Completed.ToString());
    }

    [Theory]
    [InlineData(CsvImport.Stockpiles, "AUT,", "AUT,yes,2010-11-08", "AGO,yes,2010-11-08", "iso3", "'AGO' has deposited no instrument")]
    [InlineData(CsvImport.Stockpiles, "CHL,", "CHL,yes,2013-07", "CHL,yes,July 2013", "completed_on", "'July 2013' is not a date")]
    [InlineData(CsvImport.Stockpiles, "AUT,", "AUT,yes,", "AUT,maybe,", "had_stockpile", "'maybe' is not yes/no")]
    [InlineData(CsvImport.Stockpiles, "AUT,", "AUT,yes,", "AUT,,", "had_stockpile", "a value is required")]
    [InlineData(CsvImport.Clearance, "TCD,", "12msp-2024", "13msp-2025", "extension_granted_at", "unknown meeting (events.csv id) '13msp-2025'")]
    [InlineData(CsvImport.Clearance, "TCD,", "2026-10-01", "2022-10-01", "extended_deadline", "2022-10-01 is not after the original deadline 2023-09-01")]
    [InlineData(CsvImport.Clearance, "TCD,", "2026-10-01", "2026-10-32", "extended_deadline", "'2026-10-32' is not a date")]
    [InlineData(CsvImport.Reports, "AUT,annual,", "AUT,annual,2011,2012-04-24", "AUT,annual,,2008-04-24", "submitted_on", "before the state deposited its instrument")]
    [InlineData(CsvImport.Reports, "AUT,annual,", "AUT,annual,2011,", "AUT,annual,2031,", "year_covered", "2031 is after the year the report was submitted")]
    [InlineData(CsvImport.Reports, "AUT,annual,", "AUT,annual,", "AUT,biennial,", "kind", "'biennial' is not one of: initial, annual")]
    public void A_bad_obligations_row_is_reported_with_file_line_and_column(string file, string line, string find, string replace, string column, string message)
    {
        var folder = DataFolder.CopyWith(file, DataFolder.ReplaceLine(line, l => l.Replace(find, replace, StringComparison.Ordinal)));
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Equal(file, Path.GetFileName(error.File));
        Assert.Equal(DataFolder.LineOf(file, line), error.Line);
        Assert.Equal(column, error.Column);
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void A_second_initial_report_for_a_state_is_refused()
    {
        var folder = DataFolder.CopyWith(CsvImport.Reports, text => text + "AUT,initial,,2011-02-01,https://example.org/second\n");
        var error = Assert.Single(Assert.Throws<ReferenceDataException>(() => CsvImport.Read(folder)).Errors);
        Assert.Contains("a second initial report for AUT (the first was submitted 2011-01-26)", error.Message);
    }
}
