using Banwatch.Features;
using Banwatch.Output;

namespace Banwatch.Web;

/// <summary>Shared parsing and answers for the API: one record, as JSON or (?format=csv) as CSV rows.</summary>
public static class Api
{
    public static DateOnly AsOf(string? text, BanwatchApp app) => text is null ? app.Today : Dates.Parse(text, "as_of");

    public static IResult Answer<TRecord, TRow>(TRecord record, string? format, Func<TRecord, IEnumerable<TRow>> rows) =>
        format?.ToLowerInvariant() switch
        {
            null or "json" => Results.Json(record, Json.Options),
            "csv" => Results.Text(Csv.ToString(rows(record)), "text/csv; charset=utf-8"),
            _ => throw new UserInputException($"format: '{format}' is not one of json, csv"),
        };

    /// <summary>Turns a person's bad input into a 400 problem with the same one-line message the CLI gives.</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> body)
    {
        try
        {
            return await body();
        }
        catch (UserInputException e)
        {
            return Results.Problem(e.Message, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
        }
    }
}
