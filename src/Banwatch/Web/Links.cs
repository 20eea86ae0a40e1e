namespace Banwatch.Web;

/// <summary>Every URL the app serves, built in one place so pages and tests agree.</summary>
public static class Links
{
    public static string Home(DateOnly? asOf = null) => asOf is { } d ? $"/?as_of={d:yyyy-MM-dd}" : "/";

    public static string State(string iso3, DateOnly? asOf = null) =>
        $"/states/{iso3}" + (asOf is { } d ? $"?as_of={d:yyyy-MM-dd}" : "");

    public static string StatusApi(DateOnly? asOf = null, string? format = null) => Query("/api/status", asOf, format);

    public static string StateApi(string iso3) => $"/api/states/{iso3}";

    public static string TimelineSvg => "/api/timeline.svg";

    public static string EventsApi(string? format = null) => Query("/api/events", null, format);

    public static string ObligationsApi(DateOnly? asOf = null, string? format = null) => Query("/api/obligations", asOf, format);

    /// <summary>The deadlines as a calendar to subscribe to; without a date, always as of the day it is fetched.</summary>
    public static string ObligationsCalendar(string? iso3 = null) => "/api/obligations.ics" + (iso3 is null ? "" : $"?state={iso3}");

    /// <summary>The Atom feed of changes in the record, or in one state's.</summary>
    public static string Feed(string? iso3 = null) => "/api/feed.atom" + (iso3 is null ? "" : $"?state={iso3}");

    public static string OpenApi => "/openapi/v1.json";

    public static string Positions(DateOnly? asOf = null, string? issue = null) =>
        "/positions" + (asOf is { } d ? $"?as_of={d:yyyy-MM-dd}" : "") + (issue is null ? "" : $"{(asOf is null ? "?" : "&")}issue={Uri.EscapeDataString(issue)}");

    public static string PositionsApi(DateOnly? asOf = null, string? format = null) => Query("/api/positions", asOf, format);

    public static string Targets(DateOnly? asOf = null) => asOf is { } d ? $"/targets?as_of={d:yyyy-MM-dd}" : "/targets";

    public static string TargetsApi(DateOnly? asOf = null, string? format = null) => Query("/api/targets", asOf, format);

    public static string Actions(string? iso3 = null) => "/actions" + (iso3 is null ? "" : $"?state={iso3}");

    public static string ActionsApi(string? format = null) => Query("/api/actions", null, format);

    public static string CategoriesApi(DateOnly? asOf = null, string? format = null) => Query("/api/categories", asOf, format);

    public static string VotesApi(string? iso3 = null) => "/api/votes" + (iso3 is null ? "" : $"?state={iso3}");

    public static string DeclarationsApi(string? format = null) => Query("/api/declarations", null, format);

    /// <summary>A state's printable briefing pack (HTML with print CSS); format=md for Markdown.</summary>
    public static string Brief(string iso3, DateOnly? asOf = null, string? format = null) => Query($"/states/{iso3}/brief", asOf, format);

    /// <summary>A stored document, with the characters [start, end) of its text highlighted.</summary>
    public static string Document(long id, int? start = null, int? end = null) =>
        start is { } s && end is { } e ? $"/documents/{id}?start={s}&end={e}#evidence" : $"/documents/{id}";

    public static string DocumentApi(long id) => $"/api/documents/{id}";

    private static string Query(string path, DateOnly? asOf, string? format)
    {
        var parts = new List<string>();
        if (asOf is { } d)
        {
            parts.Add($"as_of={d:yyyy-MM-dd}");
        }

        if (format is not null)
        {
            parts.Add($"format={format}");
        }

        return parts.Count == 0 ? path : path + "?" + string.Join('&', parts);
    }
}
