using Spectre.Console;
using Spectre.Console.Rendering;

namespace Banwatch.Cli;

/// <summary>
/// Tables within the console's width (<see cref="CliContext.Console"/>: the terminal's, 80 columns when redirected,
/// unbounded with --wide). Commands add columns most important first; when even the narrowest layout (every word
/// whole) is too wide, the last columns are left out and a caption says how to see them. Column widths are set here
/// rather than by Spectre, whose shrinking of wide tables ignores words and breaks dates and names mid-way.
/// </summary>
public static class FittedTable
{
    /// <summary>How rows of states are ordered: by the name shown, as a reader expects ("Côte d'Ivoire" after "Costa Rica").</summary>
    public static readonly StringComparer ByName = StringComparer.InvariantCulture;

    public static void WriteFitted(this IAnsiConsole console, Table table)
    {
        var width = console.Profile.Width;
        var options = RenderOptions.Create(console);
        var columns = Enumerable.Range(0, table.Columns.Count)
            .Select(i => table.Rows.Select(r => r.ElementAt(i)).Append(table.Columns[i].Header).Select(cell => cell.Measure(options, int.MaxValue)).ToList())
            .Select(m => (Min: m.Max(x => x.Min), Max: m.Max(x => x.Max)))
            .ToList();

        var keep = columns.Count;
        while (keep > 1 && Overhead(options, table, columns, keep) + columns.Take(keep).Sum(c => c.Min) > width)
        {
            keep--;
        }

        var shown = keep == columns.Count ? table : First(table, keep);
        var room = width - Overhead(options, table, columns, keep);
        var kept = columns.Take(keep).ToList();
        if (kept.Sum(c => c.Max) > room)
        {
            // Every column gets its longest word; what is left goes to those that wrap, by how much they would take.
            var spare = room - kept.Sum(c => c.Min);
            var wanted = Math.Max(1, kept.Sum(c => c.Max - c.Min));
            for (var i = 0; i < keep; i++)
            {
                shown.Columns[i].Width = kept[i].Min + (spare * (kept[i].Max - kept[i].Min) / wanted);
            }
        }

        if (keep < columns.Count)
        {
            var hidden = columns.Count - keep;
            shown.Caption($"{hidden} more column{(hidden == 1 ? "" : "s")} with --wide");
        }

        console.Write(shown);
    }

    /// <summary>What the table's borders and padding take beside its first <paramref name="count"/> columns' text.</summary>
    private static int Overhead(RenderOptions options, Table table, List<(int Min, int Max)> columns, int count) =>
        ((IRenderable)First(table, count)).Measure(options, int.MaxValue).Min - columns.Take(count).Sum(c => c.Min);

    private static Table First(Table table, int count)
    {
        var copy = new Table { Border = table.Border, ShowHeaders = table.ShowHeaders, Title = table.Title };
        foreach (var column in table.Columns.Take(count))
        {
            copy.AddColumn(column);
        }

        foreach (var row in table.Rows)
        {
            copy.AddRow(row.Take(count));
        }

        return copy;
    }
}
