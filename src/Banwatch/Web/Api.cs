using Banwatch.Core.Failures;
using Banwatch.Output;

namespace Banwatch.Web;

/// <summary>Shared parsing and answers for the API: one record, as JSON or (?format=csv) as CSV rows.</summary>
public static class Api
{
    public static DateOnly AsOf(string? text, BanwatchApp app) => text is null ? app.Today : Dates.Parse(text, new Field("as_of"));

    /// <summary>An offset into a document's text (`at`), 0 when not given.</summary>
    public static int Offset(string? text) =>
        text is null ? 0
        : int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n
        : throw new BanwatchException(FailureKind.Invalid, $"{new Field("at")}: '{text}' is not a whole number from 0 up");

    public static IResult Answer<TRecord, TRow>(TRecord record, string? format, Func<TRecord, IEnumerable<TRow>> rows) =>
        format?.ToLowerInvariant() switch
        {
            null or "json" => Results.Json(record, Json.Options),
            "csv" => new CsvAnswer(Csv.ToString(rows(record))),
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

    /// <summary>CSV as a file to save ("banwatch-states.csv", named after the endpoint), which is what a person clicking "CSV" wants.</summary>
    private sealed class CsvAnswer(string csv) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var name = httpContext.Request.Path.Value?.TrimEnd('/').Split('/')[^1] is { Length: > 0 } last ? last : "export";
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"banwatch-{name}.csv\"";
            return Results.Text(csv, "text/csv; charset=utf-8").ExecuteAsync(httpContext);
        }
    }
}
