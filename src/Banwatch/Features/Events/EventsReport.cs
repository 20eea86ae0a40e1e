using Banwatch.Core.Process;
using Banwatch.Data;

namespace Banwatch.Features.Events;

/// <summary>The Oslo Process and the Convention's meetings, each with every figure reported for it and its source.</summary>
public sealed record EventsReport(IReadOnlyList<EventRow> Events)
{
    public static async Task<EventsReport> LoadAsync(BanwatchDb db, CancellationToken ct = default)
    {
        var events = await db.EventsAsync(ct);
        var figures = (await db.EventFiguresAsync(ct)).ToLookup(f => f.EventId);
        var declarations = (await db.DeclarationsAsync(ct)).ToLookup(d => d.EventId ?? "");
        return new EventsReport([.. events.Select(e => new EventRow(
            e.Id,
            e.Name,
            e.Kind,
            e.Start,
            e.End,
            e.City,
            e.Country?.Value,
            e.Outcome,
            [.. declarations[e.Id].Select(d => d.Name)],
            [.. figures[e.Id].Select(f => new FigureRow(f.Figure, f.Value, f.Qualifier, f.Source.Citation, f.Note))],
            e.Source.Citations))]);
    }
}

public sealed record EventRow(
    string Id,
    string Name,
    EventKind Kind,
    DateOnly? Start,
    DateOnly? End,
    string? City,
    string? Country,
    string? Outcome,
    IReadOnlyList<string> Declarations,
    IReadOnlyList<FigureRow> Figures,
    IReadOnlyList<string> Sources)
{
    /// <summary>"states_attending: 122, 103" — conflicting figures side by side, for tables and CSV.</summary>
    public string FiguresSummary => string.Join(
        "; ",
        Figures.GroupBy(f => f.Figure).Select(g =>
            $"{Core.WireName.Of(g.Key)}: {string.Join(", ", g.Select(f => f.Display).Distinct())}"));
}

public sealed record FigureRow(FigureKind Figure, int Value, Qualifier Qualifier, string Source, string? Note)
{
    public string Display => Qualifier switch
    {
        Qualifier.Approximately => $"~{Value}",
        Qualifier.MoreThan => $">{Value}",
        Qualifier.AtMost => $"<={Value}",
        _ => Value.ToString(),
    };
}

/// <summary>An event flattened for CSV: figures as "states_attending: 122, 103"; the JSON keeps each figure's source.</summary>
public sealed record EventCsvRow(string Id, string Name, string Kind, DateOnly? Start, DateOnly? End, string? City, string? Country, string? Outcome, string Figures, IReadOnlyList<string> Sources)
{
    public static EventCsvRow From(EventRow e) =>
        new(e.Id, e.Name, Output.Csv.Cell(e.Kind), e.Start, e.End, e.City, e.Country, e.Outcome, e.FiguresSummary, e.Sources);

    public static string Dates(EventRow e) => (e.Start, e.End) switch
    {
        (null, _) => "date unknown",
        ({ } s, { } end) when end != s => $"{s:yyyy-MM-dd} – {end:yyyy-MM-dd}",
        ({ } s, _) => $"{s:yyyy-MM-dd}",
    };
}
