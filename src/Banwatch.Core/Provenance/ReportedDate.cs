using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Banwatch.Core.Provenance;

/// <summary>
/// A date as precise as its source gives it: a day (2023-12-15), a month (2013-07) or a year (2004).
/// "Completed July 2013" is kept as 2013-07 rather than invented as a day. It covers the days from
/// <see cref="First"/> to <see cref="Last"/>, both inclusive: the event is known to have happened by <see cref="Last"/>.
/// </summary>
public readonly record struct ReportedDate
{
    private ReportedDate(DateOnly first, DatePrecision precision)
    {
        First = first;
        Precision = precision;
    }

    public DateOnly First { get; }

    public DatePrecision Precision { get; }

    public DateOnly Last => Precision switch
    {
        DatePrecision.Year => new DateOnly(First.Year, 12, 31),
        DatePrecision.Month => First.AddMonths(1).AddDays(-1),
        _ => First,
    };

    public static ReportedDate On(DateOnly day) => new(day, DatePrecision.Day);

    public static ReportedDate Parse(string text) =>
        TryParse(text, out var date)
            ? date
            : throw new FormatException($"'{text}' is not a date (YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more)");

    public static bool TryParse([NotNullWhen(true)] string? text, out ReportedDate date)
    {
        date = default;
        var trimmed = text?.Trim() ?? "";
        foreach (var (format, precision) in Formats)
        {
            if (DateOnly.TryParseExact(trimmed, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var first))
            {
                date = new ReportedDate(first, precision);
                return true;
            }
        }

        return false;
    }

    public override string ToString() => First.ToString(
        Precision switch
        {
            DatePrecision.Year => "yyyy",
            DatePrecision.Month => "yyyy-MM",
            _ => "yyyy-MM-dd",
        },
        CultureInfo.InvariantCulture);

    private static readonly (string Format, DatePrecision Precision)[] Formats =
        [("yyyy-MM-dd", DatePrecision.Day), ("yyyy-MM", DatePrecision.Month), ("yyyy", DatePrecision.Year)];
}

public enum DatePrecision
{
    Day,
    Month,
    Year,
}
