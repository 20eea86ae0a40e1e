using System.Globalization;
using System.Text;

namespace Banwatch.Web;

/// <summary>Every URL the app serves, built in one place so pages, API answers and tests agree.</summary>
public static class Links
{
    public static string Home(DateOnly? asOf = null) => Query("/", ("as_of", Date(asOf)));

    public static string Dashboard(DateOnly? asOf = null, string? format = null) => Query("/api/dashboard", ("as_of", Date(asOf)), ("format", format));

    public static string States(
        DateOnly? asOf = null, string? status = null, string? group = null, string? region = null, string? q = null, string? sort = null, string? format = null) =>
        Query(format is null ? "/states" : "/api/states", ("as_of", Date(asOf)), ("status", status), ("group", group), ("region", region), ("q", q), ("sort", sort), ("format", format));

    public static string State(string iso3, DateOnly? asOf = null) => Query($"/states/{Uri.EscapeDataString(iso3)}", ("as_of", Date(asOf)));

    public static string StatusApi(DateOnly? asOf = null, string? format = null) => Query("/api/status", ("as_of", Date(asOf)), ("format", format));

    public static string StateApi(string iso3, DateOnly? asOf = null) => Query($"/api/states/{Uri.EscapeDataString(iso3)}", ("as_of", Date(asOf)));

    public static string TimelineSvg => "/api/timeline.svg";

    public static string Timeline(string? format = null) => Query("/api/timeline", ("format", format));

    public static string Events => "/events";

    public static string EventsApi(string? format = null) => Query("/api/events", ("format", format));

    public static string Event(string id) => $"/events/{Uri.EscapeDataString(id)}";

    public static string EventApi(string id) => $"/api/events/{Uri.EscapeDataString(id)}";

    /// <param name="dueWithin">Days, as the API takes them ("90d").</param>
    public static string Obligations(DateOnly? asOf = null, string? state = null, string? status = null, int? dueWithin = null, string? format = null) =>
        Query(
            format is null ? "/obligations" : "/api/obligations",
            ("as_of", Date(asOf)),
            ("state", state),
            ("status", status),
            ("due_within", dueWithin is { } d ? $"{d}d" : null),
            ("format", format));

    public static string ObligationsApi(DateOnly? asOf = null, string? format = null) => Query("/api/obligations", ("as_of", Date(asOf)), ("format", format));

    /// <summary>The deadlines as a calendar to subscribe to; without a date, always as of the day it is fetched.</summary>
    public static string ObligationsCalendar(string? iso3 = null) => Query("/api/obligations.ics", ("state", iso3));

    /// <summary>The Atom feed of changes in the record, or in one state's.</summary>
    public static string Feed(string? iso3 = null) => Query("/api/feed.atom", ("state", iso3));

    public static string Documents(int? offset = null, int? limit = null) => Query("/documents", ("offset", Number(offset)), ("limit", Number(limit)));

    public static string DocumentsApi(int? offset = null, int? limit = null, string? format = null) =>
        Query("/api/documents", ("offset", Number(offset)), ("limit", Number(limit)), ("format", format));

    public static string Positions(DateOnly? asOf = null, string? issue = null) => Query("/positions", ("as_of", Date(asOf)), ("issue", issue));

    public static string PositionsApi(DateOnly? asOf = null, string? format = null) => Query("/api/positions", ("as_of", Date(asOf)), ("format", format));

    public static string Targets(DateOnly? asOf = null) => Query("/targets", ("as_of", Date(asOf)));

    public static string TargetsApi(DateOnly? asOf = null, string? format = null) => Query("/api/targets", ("as_of", Date(asOf)), ("format", format));

    public static string Actions(string? iso3 = null) => Query("/actions", ("state", iso3));

    public static string ActionsApi(string? format = null) => Query("/api/actions", ("format", format));

    public static string CategoriesApi(DateOnly? asOf = null, string? format = null) => Query("/api/categories", ("as_of", Date(asOf)), ("format", format));

    public static string VotesApi(string? iso3 = null) => Query("/api/votes", ("state", iso3));

    public static string DeclarationsApi(string? format = null) => Query("/api/declarations", ("format", format));

    /// <summary>A state's printable briefing pack (HTML with print CSS); format=md for Markdown.</summary>
    public static string Brief(string iso3, DateOnly? asOf = null, string? format = null) =>
        Query($"/states/{Uri.EscapeDataString(iso3)}/brief", ("as_of", Date(asOf)), ("format", format));

    /// <summary>A stored document, with the characters [start, end) of its text highlighted.</summary>
    public static string Document(long id, int? start = null, int? end = null) =>
        start is { } s && end is { } e ? $"/documents/{id}?start={s}&end={e}#evidence" : $"/documents/{id}";

    /// <summary>The part of a long document's text from offset <paramref name="at"/> (see TextWindow).</summary>
    public static string DocumentPart(long id, int at) => $"/documents/{id}?at={at}";

    public static string DocumentApi(long id, int? at = null) => at is { } a ? $"/api/documents/{id}?at={a}" : $"/api/documents/{id}";

    /// <param name="review">pending (the default), accepted, rejected or all.</param>
    /// <param name="origin">rules or learned; both when null.</param>
    public static string Review(long? document = null, string? review = null, int? offset = null, string? origin = null) =>
        Query("/review", ("doc", document?.ToString(CultureInfo.InvariantCulture)), ("review", review), ("origin", origin), ("offset", Number(offset)));

    public static string ReviewApi(long? document = null, string? review = null, string? format = null, string? origin = null) =>
        Query("/api/review", ("doc", document?.ToString(CultureInfo.InvariantCulture)), ("review", review), ("origin", origin), ("format", format));

    public const string AdminUsers = "/admin/users";

    public static string AdminAudit(string? user = null, string? state = null, DateOnly? since = null, int? offset = null) =>
        Query("/admin/audit", ("user", user), ("state", state), ("since", Date(since)), ("offset", Number(offset)));

    public static string AdminAuditApi(string? user = null, string? state = null, DateOnly? since = null, string? format = null) =>
        Query("/api/admin/audit", ("user", user), ("state", state), ("since", Date(since)), ("format", format));

    public static string Search(string? q = null, int? offset = null) => Query("/search", ("q", q), ("offset", Number(offset)));

    public static string SearchApi(string q) => Query("/api/search", ("q", q));

    /// <summary>The API reference, rendered from <see cref="OpenApi"/>.</summary>
    public static string ApiReference => "/api";

    public static string OpenApi => "/openapi/v1.json";

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Number(int? n) => n is > 0 ? n.Value.ToString(CultureInfo.InvariantCulture) : null;

    private static string Query(string path, params (string Name, string? Value)[] parameters)
    {
        var sb = new StringBuilder(path);
        var first = true;
        foreach (var (name, value) in parameters)
        {
            if (string.IsNullOrEmpty(value))
            {
                continue;
            }

            sb.Append(first ? '?' : '&').Append(name).Append('=').Append(Uri.EscapeDataString(value));
            first = false;
        }

        return sb.ToString();
    }
}
