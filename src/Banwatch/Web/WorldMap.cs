using System.Globalization;
using System.Net;
using System.Text;
using Banwatch.Core.Treaty;
using Banwatch.Features.Status;
using CsvHelper;
using CsvHelper.Configuration;

namespace Banwatch.Web;

/// <summary>
/// The world map of the dashboard: Natural Earth boundaries, projected once (Equal Earth) into data/world_map.csv by
/// tools/world-map.cs, drawn here as SVG with each state coloured by its status, its name and status in a
/// &lt;title&gt;, and a link to its page. States too small to see get a marker as well.
/// </summary>
public sealed class WorldMap
{
    public const string FileName = "world_map.csv";

    /// <summary>The projected frame: 1000 units wide, 84°N to 60°S (see tools/world-map.cs).</summary>
    public const double Width = 1000, Height = 442.4;

    private readonly IReadOnlyList<Shape> _shapes;

    private WorldMap(IReadOnlyList<Shape> shapes) => _shapes = shapes;

    /// <summary>One row of data/world_map.csv: a state (or a territory that is none, with no ISO3) and where to draw it.</summary>
    public sealed record Shape(string Iso3, string Name, double X, double Y, bool Small, string Path);

    public IReadOnlyList<Shape> Shapes => _shapes;

    /// <summary>False when the data folder has no map file (the dashboard then says so).</summary>
    public bool IsAvailable => _shapes.Count > 0;

    /// <summary>Reads the map from the data folder, once per process.</summary>
    public static WorldMap Load(string dataFolder)
    {
        var path = Path.Combine(dataFolder, FileName);
        if (!File.Exists(path))
        {
            return new WorldMap([]);
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { PrepareHeaderForMatch = a => a.Header.ToLowerInvariant() });
        return new WorldMap([.. csv.GetRecords<Shape>()]);
    }

    /// <param name="statuses">Each state's status, by ISO3; a state missing here is drawn as not signed.</param>
    /// <param name="link">The page of a state.</param>
    public string Svg(IReadOnlyDictionary<string, StatusRow> statuses, Func<string, string> link, string title)
    {
        var svg = new StringBuilder(100_000);
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"group\" aria-labelledby=\"map-title\">");
        svg.Append("<title id=\"map-title\">").Append(WebUtility.HtmlEncode(title)).Append("</title>");

        // Territories that are not states: drawn for the shape of the world, hidden from screen readers and the keyboard.
        svg.Append("<g aria-hidden=\"true\">");
        foreach (var s in _shapes.Where(s => s.Iso3.Length == 0 && s.Path.Length > 0))
        {
            svg.Append("<path class=\"no-state\" d=\"").Append(s.Path).Append("\"><title>").Append(WebUtility.HtmlEncode(s.Name)).Append("</title></path>");
        }

        // A small state's shape is drawn too, but its marker is the link, so the keyboard meets each state once.
        var states = _shapes.Where(s => s.Iso3.Length > 0).ToList();
        foreach (var s in states.Where(s => s.Small && s.Path.Length > 0))
        {
            svg.Append("<path class=\"fill-").Append(Status(s, statuses)).Append("\" d=\"").Append(s.Path).Append("\"/>");
        }

        svg.Append("</g>");
        foreach (var s in states.Where(s => !s.Small && s.Path.Length > 0))
        {
            Link(svg, s, statuses, link, () => svg.Append("<path class=\"fill-").Append(Status(s, statuses)).Append("\" d=\"").Append(s.Path).Append("\"/>"));
        }

        // Markers last, so they sit above their neighbours' shapes.
        foreach (var s in states.Where(s => s.Small))
        {
            Link(svg, s, statuses, link, () => svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"fill-{Status(s, statuses)}\" cx=\"{s.X}\" cy=\"{s.Y}\" r=\"3.6\"/>"));
        }

        return svg.Append("</svg>").ToString();
    }

    private static void Link(StringBuilder svg, Shape s, IReadOnlyDictionary<string, StatusRow> statuses, Func<string, string> link, Action draw)
    {
        var label = statuses.TryGetValue(s.Iso3, out var row) ? $"{row.Name}: {StatusText.Label(row.Status)}" : s.Name;
        svg.Append("<a href=\"").Append(WebUtility.HtmlEncode(link(s.Iso3))).Append("\" aria-label=\"").Append(WebUtility.HtmlEncode(label)).Append("\">");
        draw();
        svg.Append("<title>").Append(WebUtility.HtmlEncode(label)).Append("</title></a>");
    }

    private static string Status(Shape s, IReadOnlyDictionary<string, StatusRow> statuses) =>
        Output.Csv.Cell(statuses.TryGetValue(s.Iso3, out var row) ? row.Status : TreatyStatus.NotSigned);
}
