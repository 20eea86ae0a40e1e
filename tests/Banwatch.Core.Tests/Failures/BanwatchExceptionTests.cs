using Banwatch.Core.Failures;

namespace Banwatch.Core.Tests.Failures;

public sealed class BanwatchExceptionTests
{
    private static readonly BanwatchException Reversed = new(
        FailureKind.Invalid, $"{new Field("to")}: {new DateOnly(2009, 1, 1):yyyy-MM-dd} is before {new Field("from")} ({new DateOnly(2010, 1, 1):yyyy-MM-dd})");

    [Fact]
    public void The_command_line_names_fields_as_options()
    {
        Assert.Equal("--to: 2009-01-01 is before --from (2010-01-01)", Reversed.MessageFor(FieldStyle.Cli));
    }

    [Fact]
    public void The_web_names_fields_as_query_parameters_and_so_does_the_plain_message()
    {
        Assert.Equal("to: 2009-01-01 is before from (2010-01-01)", Reversed.MessageFor(FieldStyle.Web));
        Assert.Equal(Reversed.MessageFor(FieldStyle.Web), Reversed.Message);
    }

    [Fact]
    public void The_field_is_the_first_one_the_message_names()
    {
        Assert.Equal(new Field("to"), Reversed.Field);
        Assert.Null(new BanwatchException(FailureKind.NotFound, $"no document #7").Field);
    }

    [Fact]
    public void Multi_word_fields_read_as_options_and_parameters()
    {
        var field = Field.FromOption("--due-within");
        Assert.Equal("due_within", field.Name);
        Assert.Equal("--due-within", FieldStyle.Cli.Show(field));
    }

    [Fact]
    public void Numbers_and_dates_format_invariantly_whatever_the_culture()
    {
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
        try
        {
            Assert.Equal("1.5 days", new BanwatchException(FailureKind.Invalid, $"{1.5} days").MessageFor(FieldStyle.Cli));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }
}
