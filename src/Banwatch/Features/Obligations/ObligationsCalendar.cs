using Banwatch.Core;
using Banwatch.Output;

namespace Banwatch.Features.Obligations;

/// <summary>The obligations report as an iCalendar: one all-day event per deadline in force.</summary>
public static class ObligationsCalendar
{
    public static string Ics(ObligationsReport report, DateTimeOffset stamp) =>
        ICalendar.Write(
            $"Convention on Cluster Munitions deadlines (as of {report.AsOf:yyyy-MM-dd})",
            report.Obligations.Select(o => new CalendarEvent(
                Uid(o),
                o.Deadline,
                $"{o.Name}: {o.Label()} deadline",
                Description(o, report.AsOf),
                [WireName.Of(o.Status), WireName.Of(o.Kind)])),
            stamp);

    /// <summary>One per state and obligation (and year, for annual reports), the same on every run.</summary>
    public static string Uid(ObligationRow o) =>
        $"{o.Iso3}-{WireName.Of(o.Kind)}{(o.YearCovered is { } y ? $"-{y}" : "")}@banwatch";

    private static string Description(ObligationRow o, DateOnly asOf)
    {
        var lines = new List<string>
        {
            $"Status on {asOf:yyyy-MM-dd}: {WireName.Of(o.Status)}",
            $"Entry into force: {o.EntryIntoForce:yyyy-MM-dd}",
            $"Original deadline: {o.OriginalDeadline:yyyy-MM-dd} ({o.Rule})",
        };
        if (o.ExtendedDeadline is { } extended)
        {
            lines.Add($"Extended deadline: {extended:yyyy-MM-dd}" + (o.ExtensionGrantedAt is { } at ? $" (granted at {at})" : ""));
        }

        if (o.Completed is { } completed)
        {
            lines.Add($"Completed: {completed}" + (o.OnTime is { } onTime ? (onTime ? " (on time)" : " (late)") : ""));
        }

        if (o.PublishedDeadline is { } published)
        {
            lines.Add($"Published deadline {published:yyyy-MM-dd} differs from the computed one (source: {string.Join(" | ", o.PublishedSources)})");
        }

        lines.Add("Sources: " + string.Join(" | ", o.Sources));
        lines.AddRange(o.Notes.Select(n => "Note: " + n));
        return string.Join('\n', lines);
    }
}
