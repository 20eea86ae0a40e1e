using System.Globalization;
using System.Text;
using Banwatch.Core;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;
using CsvHelper;
using CsvHelper.Configuration;

namespace Banwatch.Data.Import;

/// <summary>
/// Reads one data file row by row with typed accessors that record a <see cref="DataError"/> (file, line,
/// column) instead of throwing, so one run reports every problem in the file.
/// </summary>
internal sealed class CsvTable
{
    private readonly string _display;
    private readonly List<DataError> _errors;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private CsvTable(string display, List<DataError> errors)
    {
        _display = display;
        _errors = errors;
    }

    /// <summary>Yields one <see cref="CsvRow"/> per record; a missing file or column is one error and no rows.</summary>
    public static IEnumerable<CsvRow> Read(string folder, string file, IReadOnlyList<string> columns, List<DataError> errors)
    {
        var display = Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), file);
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            errors.Add(new DataError(display, 0, null, "file not found"));
            yield break;
        }

        // Decode the whole file strictly first: a bad byte is reported with its line, not read as U+FFFD.
        var bytes = File.ReadAllBytes(path);
        string text;
        try
        {
            // A spreadsheet may save a byte order mark; it is not part of the first column's name.
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.AsSpan(0, Math.Clamp(e.Index, 0, bytes.Length)).Count((byte)'\n');
            errors.Add(new DataError(display, line, null, "not valid UTF-8"));
            yield break;
        }

        var table = new CsvTable(display, errors);
        using var csv = new CsvReader(new StringReader(text), new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        if (!csv.Read() || !csv.ReadHeader() || csv.HeaderRecord is not { } header)
        {
            errors.Add(new DataError(display, 1, null, "empty file: a header line is required"));
            yield break;
        }

        var missing = columns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            errors.Add(new DataError(display, 1, null, $"missing column(s): {string.Join(", ", missing)}"));
            yield break;
        }

        while (true)
        {
            bool more;
            try
            {
                more = csv.Read();
            }
            catch (CsvHelperException e)
            {
                errors.Add(new DataError(display, csv.Parser.RawRow, null, $"unreadable row: {e.GetBaseException().Message.Split('\n')[0]}"));
                more = false;
            }

            if (!more)
            {
                yield break;
            }

            var row = new CsvRow(table, csv.Parser.RawRow, header, csv.Parser.Record ?? []);
            row.RefuseNul();
            yield return row;
        }
    }

    internal void Error(int line, string? column, string message) => _errors.Add(new DataError(_display, line, column, message));
}

/// <summary>One record of a data file. Accessors return null/default on a bad value and record the error.</summary>
internal sealed class CsvRow(CsvTable table, int line, string[] header, string[] fields)
{
    private int _errorCount;

    public int Line { get; } = line;

    public bool HasErrors => _errorCount > 0;

    public void Error(string? column, string message)
    {
        _errorCount++;
        table.Error(Line, column, message);
    }

    /// <summary>A NUL character is never data (it truncates text in C libraries and PostgreSQL refuses it): the row is refused.</summary>
    public void RefuseNul()
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (fields[i].Contains('\0', StringComparison.Ordinal))
            {
                Error(i < header.Length ? header[i] : null, "contains a NUL character (byte 0)");
            }
        }
    }

    public string? Text(string column)
    {
        var index = Array.IndexOf(header, column);
        var value = index >= 0 && index < fields.Length ? fields[index].Trim() : "";
        return value.Length == 0 ? null : value;
    }

    public string Required(string column)
    {
        var value = Text(column);
        if (value is null)
        {
            Error(column, "a value is required");
        }

        return value ?? "";
    }

    public DateOnly? Date(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Error(column, $"'{text}' is not a date (YYYY-MM-DD)");
        return null;
    }

    /// <summary>A date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public ReportedDate? ReportedDate(string column)
    {
        var text = Text(column);
        if (text is null)
        {
            return null;
        }

        if (Core.Provenance.ReportedDate.TryParse(text, out var date))
        {
            return date;
        }

        Error(column, $"'{text}' is not a date (YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more)");
        return null;
    }

    public Iso3 Iso3(string column)
    {
        var text = Required(column);
        if (text.Length > 0 && !Core.States.Iso3.TryParse(text, out var iso3))
        {
            Error(column, $"'{text}' is not an ISO3 code");
        }

        return Core.States.Iso3.TryParse(text, out var parsed) ? parsed : default;
    }

    public Iso3? OptionalIso3(string column) => Text(column) is null ? null : Iso3(column);

    public T Enum<T>(string column)
        where T : struct, Enum
    {
        var text = Required(column);
        if (text.Length > 0 && !WireName.TryParse<T>(text, out _))
        {
            Error(column, $"'{text}' is not one of: {string.Join(", ", WireName.All<T>())}");
        }

        return WireName.TryParse<T>(text, out var value) ? value : default;
    }

    public T? OptionalEnum<T>(string column)
        where T : struct, Enum => Text(column) is null ? null : Enum<T>(column);

    public int Int(string column)
    {
        var text = Required(column);
        if (text.Length > 0 && !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            Error(column, $"'{text}' is not a whole number");
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;
    }

    public int? OptionalInt(string column) => Text(column) is null ? null : Int(column);

    /// <summary>A required yes/no (true/false) answer: unlike <see cref="Bool"/>, an empty cell is an error.</summary>
    public bool YesNo(string column) => Required(column).Length > 0 && Bool(column);

    public bool Bool(string column)
    {
        var text = Text(column);
        switch (text?.ToLowerInvariant())
        {
            case null or "false" or "no" or "0":
                return false;
            case "true" or "yes" or "1":
                return true;
            default:
                Error(column, $"'{text}' is not yes/no (or true/false)");
                return false;
        }
    }

    public Source Source(string column)
    {
        var text = Required(column);
        if (text.Length == 0)
        {
            return default;
        }

        try
        {
            return Core.Provenance.Source.Parse(text);
        }
        catch (FormatException e)
        {
            Error(column, e.Message);
            return default;
        }
    }
}
