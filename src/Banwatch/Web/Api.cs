using Banwatch.Core.Failures;
using Banwatch.Output;

namespace Banwatch.Web;

/// <summary>Shared parsing and answers for the API: one record, as JSON or (?format=csv) as CSV rows.</summary>
public static class Api
{
    public static DateOnly AsOf(string? text, BanwatchApp app) => text is null ? app.Today : Dates.Parse(text, new Field("as_of"));

    public static IResult Answer<TRecord, TRow>(TRecord record, string? format, Func<TRecord, IEnumerable<TRow>> rows) =>
        format?.ToLowerInvariant() switch
        {
            null or "json" => Results.Json(record, Json.Options),
            "csv" => Results.Text(Csv.ToString(rows(record)), "text/csv; charset=utf-8"),
            _ => throw new BanwatchException(FailureKind.Invalid, $"{new Field("format")}: '{format}' is not one of json, csv"),
        };

    /// <summary>Answers a failure of the error contract with its status and message (<see cref="Problems"/>); the rest goes to <see cref="Problems.Handler"/>.</summary>
    public static async Task<IResult> Guard(Func<Task<IResult>> body)
    {
        try
        {
            return await body();
        }
        catch (BanwatchException e)
        {
            return Problems.For(e);
        }
    }
}
