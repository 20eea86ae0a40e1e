using System.Globalization;
using System.Text.RegularExpressions;
using Banwatch.Features;

namespace Banwatch.Web;

/// <summary>What the footer says about where the data comes from and how current it is.</summary>
public static partial class DataProvenance
{
    /// <summary>The latest "status as at YYYY-MM-DD" the depositary sources state: how current the treaty status is.</summary>
    public static DateOnly? TreatyStatusAsAt(Catalog catalog) =>
        catalog.Treaty.Values
            .Select(t => AsAt().Match(t.Record.Source.Citation))
            .Where(m => m.Success)
            .Select(m => DateOnly.ParseExact(m.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture))
            .DefaultIfEmpty()
            .Max() is { } d && d != default ? d : null;

    [GeneratedRegex(@"as at (\d{4}-\d{2}-\d{2})")]
    private static partial Regex AsAt();
}
