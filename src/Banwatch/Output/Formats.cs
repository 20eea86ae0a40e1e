using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Banwatch.Core;
using Banwatch.Core.Failures;
using CsvHelper;

namespace Banwatch.Output;

/// <summary>How a record leaves the process. The CLI's --format and the web's ?format= take the same names.</summary>
public enum OutputFormat
{
    Table,
    Json,
    Csv,

    /// <summary>One JSON object per line, for streams of items (extraction).</summary>
    Jsonl,

    /// <summary>iCalendar (RFC 5545), for deadlines a calendar app can subscribe to.</summary>
    Ics,

    /// <summary>Markdown, for briefing packs.</summary>
    Md,

    /// <summary>A standalone HTML page with print CSS, for briefing packs.</summary>
    Html,
}

/// <summary>One JSON shape for CLI and API: snake_case names, enums by wire name, dates as YYYY-MM-DD.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions { WriteIndented = true });

    /// <summary>One object per line (JSONL); nulls left out so each line carries only what applies to it.</summary>
    public static readonly JsonSerializerOptions Compact = Configure(new JsonSerializerOptions
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower;
        // Enums with spellings of their own first; the rest by the snake_case rule, which WireName shares.
        options.Converters.Add(new WireNameEnumConverterFactory());
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.Converters.Add(new ReportedDateJsonConverter());
        return options;
    }

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}

/// <summary>
/// CSV of a record's rows (Datasette's habit: the CSV is the same rows as the JSON). Header names are the
/// JSON names; lists are joined with " | "; computed (get-only) properties are left out.
/// </summary>
public static class Csv
{
    public static void Write<T>(TextWriter writer, IEnumerable<T> rows)
    {
        var properties = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite)
            .ToList();
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var p in properties)
        {
            csv.WriteField(JsonNamingPolicy.SnakeCaseLower.ConvertName(p.Name));
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var p in properties)
            {
                csv.WriteField(Cell(p.GetValue(row)));
            }

            csv.NextRecord();
        }
    }

    public static string ToString<T>(IEnumerable<T> rows)
    {
        using var writer = new StringWriter();
        Write(writer, rows);
        return writer.ToString();
    }

    public static string Cell(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        Enum e => Core.WireName.Of(e),
        string s => s,
        IEnumerable list => string.Join(" | ", list.Cast<object?>().Select(Cell)),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}

/// <summary>Reading dates typed by people: ISO only, so "03/02/2026" is not silently read two ways, and within <see cref="SupportedDates"/>.</summary>
public static class Dates
{
    public static DateOnly Parse(string text, Field what)
    {
        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return Supported(date, text, what);
        }

        throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not a date (YYYY-MM-DD)");
    }

    /// <summary>A date as precise as the person's source: YYYY-MM-DD, or YYYY-MM or YYYY when it gives no more.</summary>
    public static Core.Provenance.ReportedDate ParseReported(string text, Field what)
    {
        if (Core.Provenance.ReportedDate.TryParse(text, out var date))
        {
            Supported(date.First, text, what);
            return date;
        }

        throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is not a date (YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more)");
    }

    private static DateOnly Supported(DateOnly date, string text, Field what) =>
        SupportedDates.Contains(date)
            ? date
            : throw new BanwatchException(FailureKind.Invalid, $"{what}: '{text}' is outside the dates Banwatch answers for ({SupportedDates.Range})");

    public static string Show(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
