using Banwatch.Core.Intake;

namespace Banwatch.Core.Tests.Intake;

public class PlainTextTablesTests
{
    private static List<string> Headings(string text, PlainTextTable table) => [.. table.Headings.Select(h => h.Of(text))];

    private static List<List<string>> Cells(string text, PlainTextRow row) => [.. row.Cells.Select(c => c.Select(p => p.Of(text)).ToList())];

    [Fact]
    public void A_rule_of_dashes_gives_the_columns_and_a_row_runs_on_while_its_first_column_is_blank()
    {
        const string text = "Signatures\n\nRegion    No.  States signing\n--------  ---  ---------------\nAfrica     2   Ghana,\n               Kenya\nEurope     1   Norway\n\nNotes follow.";
        var table = Assert.Single(PlainTextTables.Find(text));
        Assert.Equal(["Region", "No.", "States signing"], Headings(text, table));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal([["Africa"], ["2"], ["Ghana,", "Kenya"]], Cells(text, table.Rows[0]));
        Assert.Equal([["Europe"], ["1"], ["Norway"]], Cells(text, table.Rows[1]));
        Assert.Equal("Africa     2   Ghana,\n               Kenya", table.Rows[0].Span.Of(text));
    }

    [Fact]
    public void Lines_framed_by_bars_are_a_table_and_the_rule_under_the_heading_is_not_a_row()
    {
        const string text = "| State | Signed | Deposited\n|---|---|---|\n| Ghana | 03.12.2008 | 03.02.2011 |\n| Grenada | -- | 29.06.2011 a|";
        var table = Assert.Single(PlainTextTables.Find(text));
        Assert.Equal(["State", "Signed", "Deposited"], Headings(text, table));
        Assert.Equal([["Grenada"], ["--"], ["29.06.2011 a"]], Cells(text, table.Rows[1]));
        Assert.Equal(2, table.Rows.Count);
    }

    [Fact]
    public void A_heading_line_without_a_rule_is_a_table_when_the_rows_below_keep_its_columns()
    {
        const string text = "  Donor           Amount    Main recipients\n  United States   41.2      Lao PDR, Iraq\n  Norway          22.7      Lebanon\nAfter the table.";
        var table = Assert.Single(PlainTextTables.Find(text));
        Assert.Equal(["Donor", "Amount", "Main recipients"], Headings(text, table));
        Assert.Equal([["Norway"], ["22.7"], ["Lebanon"]], Cells(text, table.Rows[1]));
        Assert.Equal(text.IndexOf("After", StringComparison.Ordinal), table.Lines[^1]);
    }

    [Fact]
    public void A_cell_may_start_a_place_after_its_column_but_a_word_across_the_column_start_ends_the_table()
    {
        const string text = "State     Law                Year\n--------  -----------------  ----\nFrance    Law No. 2010-819 A  2010\nItaly     Law of 2011         2011\nPeru      An act on the matter2012\n";
        var table = Assert.Single(PlainTextTables.Find(text));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal([["France"], ["Law No. 2010-819 A"], ["2010"]], Cells(text, table.Rows[0]));
        Assert.Equal([["Italy"], ["Law of 2011"], ["2011"]], Cells(text, table.Rows[1]));
    }

    [Fact]
    public void Prose_wrapped_over_lines_is_not_a_table() =>
        Assert.Empty(PlainTextTables.Find("Norway and Peru spoke first.  Then Chile took the floor\nand the meeting heard Austria, which  supported the text,\nand Mexico.  The chair closed the session."));

    [Fact]
    public void Each_row_of_a_table_is_a_sentence_of_its_own()
    {
        const string text = "State     Signed\n--------  ----------\nGhana     03.12.2008\nKenya     03.12.2008\nBelow the table the report goes on in a sentence long enough to wrap\nonto a second line.";
        var sentences = SentenceSplitter.Split(text, tables: PlainTextTables.Find(text)).Select(s => s.Of(text));
        Assert.Equal(["State     Signed", "--------  ----------", "Ghana     03.12.2008", "Kenya     03.12.2008", "Below the table the report goes on in a sentence long enough to wrap\nonto a second line."], sentences);
    }
}
