// Converts Natural Earth's country boundaries, as the npm package world-atlas 2.0.2 ships them (TopoJSON), once into
// data/world_map.csv: one row per country shape, projected (Equal Earth) into SVG path data, so the web app draws the
// map without projecting anything per request. Run from the repository root:
//
//   npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
//   dotnet run tools/world-map.cs -- package/countries-110m.json package/countries-10m.json data/states.csv data/world_map.csv
//
// Shapes come from the 1:110m file. States too small to see at that scale, or missing from it (Andorra, Tuvalu ...),
// get a marker at the centre of their largest polygon (from the 1:10m file for those missing). The frame runs from
// 84°N (above Greenland) to 60°S: Antarctica is left out (no state; it would take a fifth of the height).
using System.Globalization;
using System.Text;
using System.Text.Json;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: dotnet run tools/world-map.cs -- countries-110m.json countries-10m.json states.csv world_map.csv");
    return 2;
}

var states = File.ReadLines(args[2]).Skip(1)
    .Select(line => line.Split(','))
    .ToDictionary(cells => cells[2], cells => cells[0], StringComparer.Ordinal); // M49 (= ISO 3166-1 numeric) → ISO3
var coarse = Topology.Read(args[0]);
var fine = Topology.Read(args[1]);

// Below this projected area (square units of the 1000-wide map) a shape is a speck: the state gets a marker too.
const double SmallArea = 12;

var rows = new List<MapRow>();
foreach (var country in coarse.Countries.Where(c => c.Id != "010"))
{
    var rings = country.Polygons.SelectMany(p => p).SelectMany(Antimeridian.Cut).Select(r => r.Select(EqualEarth.Project).ToList()).ToList();
    var outer = country.Polygons.SelectMany(p => Antimeridian.Cut(p[0])).Select(r => r.Select(EqualEarth.Project).ToList()).ToList();
    var largest = outer.MaxBy(Geometry.Area)!;
    var area = outer.Sum(Geometry.Area);
    var (x, y) = Geometry.Centroid(largest);
    var iso3 = Iso3(country.Id);
    rows.Add(new MapRow(iso3, country.Name, x, y, iso3.Length > 0 && area < SmallArea, Geometry.Path(rings)));
}

// States the coarse map lacks: a marker where the fine map puts them.
var drawn = rows.Where(r => r.Iso3.Length > 0).Select(r => r.Iso3).ToHashSet(StringComparer.Ordinal);
foreach (var country in fine.Countries.Where(c => Iso3(c.Id) is { Length: > 0 } iso3 && !drawn.Contains(iso3)))
{
    var largest = country.Polygons.SelectMany(p => Antimeridian.Cut(p[0])).Select(r => r.Select(EqualEarth.Project).ToList()).MaxBy(Geometry.Area)!;
    var (x, y) = Geometry.Centroid(largest);
    rows.Add(new MapRow(Iso3(country.Id), country.Name, x, y, true, ""));
}

var missing = states.Values.Except(rows.Select(r => r.Iso3)).Order().ToList();
using (var output = new StreamWriter(args[3], false, new UTF8Encoding(false)) { NewLine = "\n" })
{
    output.WriteLine("iso3,name,x,y,small,path");
    foreach (var r in rows.OrderBy(r => r.Iso3.Length == 0).ThenBy(r => r.Iso3, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal))
    {
        output.WriteLine(string.Join(',', r.Iso3, Quote(r.Name), Geometry.Number(r.X), Geometry.Number(r.Y), r.Small ? "true" : "false", r.Path));
    }
}

Console.WriteLine($"map {Geometry.Number(EqualEarth.Width)} × {Geometry.Number(EqualEarth.Height)}; {rows.Count} rows ({rows.Count(r => r.Small)} markers); states without a place on the map: {(missing.Count == 0 ? "none" : string.Join(' ', missing))}");
return 0;

string Iso3(string? id) => id is not null && states.TryGetValue(id, out var iso3) ? iso3 : "";

static string Quote(string text) => text.Contains(',') || text.Contains('"') ? "\"" + text.Replace("\"", "\"\"") + "\"" : text;

internal sealed record MapRow(string Iso3, string Name, double X, double Y, bool Small, string Path);

/// <summary>One country of a TopoJSON topology: polygons, each a list of rings (outer first), as (longitude, latitude).</summary>
internal sealed record Country(string? Id, string Name, List<List<List<(double Lon, double Lat)>>> Polygons);

/// <summary>Reads a TopoJSON topology (quantized, delta-encoded arcs) into countries.</summary>
internal sealed class Topology
{
    private readonly List<List<(double, double)>> _arcs = [];

    public List<Country> Countries { get; } = [];

    public static Topology Read(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = json.RootElement;
        var scale = root.GetProperty("transform").GetProperty("scale");
        var translate = root.GetProperty("transform").GetProperty("translate");
        var (kx, ky, dx, dy) = (scale[0].GetDouble(), scale[1].GetDouble(), translate[0].GetDouble(), translate[1].GetDouble());
        var topology = new Topology();
        foreach (var arc in root.GetProperty("arcs").EnumerateArray())
        {
            long x = 0, y = 0;
            var points = new List<(double, double)>();
            foreach (var p in arc.EnumerateArray())
            {
                x += p[0].GetInt64();
                y += p[1].GetInt64();
                points.Add((x * kx + dx, y * ky + dy));
            }

            topology._arcs.Add(points);
        }

        foreach (var g in root.GetProperty("objects").GetProperty("countries").GetProperty("geometries").EnumerateArray())
        {
            var polygons = g.GetProperty("type").GetString() switch
            {
                "Polygon" => [topology.Polygon(g.GetProperty("arcs"))],
                "MultiPolygon" => g.GetProperty("arcs").EnumerateArray().Select(topology.Polygon).ToList(),
                _ => [],
            };
            var id = g.TryGetProperty("id", out var i) ? i.GetString() : null;
            topology.Countries.Add(new Country(id, g.GetProperty("properties").GetProperty("name").GetString()!, polygons));
        }

        return topology;
    }

    private List<List<(double Lon, double Lat)>> Polygon(JsonElement rings) => rings.EnumerateArray().Select(Ring).ToList();

    /// <summary>A ring is arcs joined end to start; a negative index ~i means arc i reversed.</summary>
    private List<(double Lon, double Lat)> Ring(JsonElement arcs)
    {
        var ring = new List<(double, double)>();
        foreach (var index in arcs.EnumerateArray().Select(a => a.GetInt32()))
        {
            var arc = index >= 0 ? _arcs[index] : Enumerable.Reverse(_arcs[~index]).ToList();
            ring.AddRange(ring.Count == 0 ? arc : arc.Skip(1));
        }

        return ring;
    }
}

/// <summary>
/// Rings that cross the 180° meridian (Russia's Chukotka, Fiji) come as one ring whose longitudes jump from +180 to
/// -180; drawn as is, they would streak across the whole map. Such a ring is unwrapped into continuous longitudes and
/// cut into its parts on either side of the meridian (Sutherland–Hodgman against the line).
/// </summary>
internal static class Antimeridian
{
    public static IEnumerable<List<(double Lon, double Lat)>> Cut(List<(double Lon, double Lat)> ring)
    {
        if (!ring.Zip(ring.Skip(1)).Any(p => Math.Abs(p.First.Lon - p.Second.Lon) > 180))
        {
            yield return ring;
            yield break;
        }

        var unwrapped = new List<(double Lon, double Lat)> { ring[0] };
        foreach (var p in ring.Skip(1))
        {
            var lon = p.Lon;
            var previous = unwrapped[^1].Lon;
            while (lon - previous > 180)
            {
                lon -= 360;
            }

            while (previous - lon > 180)
            {
                lon += 360;
            }

            unwrapped.Add((lon, p.Lat));
        }

        // The unwrapped ring spans at most one of [-540, -180], [-180, 180], [180, 540]: shift each third into view.
        foreach (var shift in new[] { -360.0, 0, 360 })
        {
            var moved = unwrapped.Select(p => (Lon: p.Lon + shift, p.Lat)).ToList();
            var part = Clip(Clip(moved, lon => lon <= 180, 180), lon => lon >= -180, -180);
            if (part.Count >= 3)
            {
                yield return part;
            }
        }
    }

    private static List<(double Lon, double Lat)> Clip(List<(double Lon, double Lat)> ring, Func<double, bool> inside, double edge)
    {
        var output = new List<(double Lon, double Lat)>();
        for (var i = 0; i < ring.Count; i++)
        {
            var (current, next) = (ring[i], ring[(i + 1) % ring.Count]);
            if (inside(current.Lon))
            {
                output.Add(current);
            }

            if (inside(current.Lon) != inside(next.Lon))
            {
                var t = (edge - current.Lon) / (next.Lon - current.Lon);
                output.Add((edge, current.Lat + (t * (next.Lat - current.Lat))));
            }
        }

        return output;
    }
}

/// <summary>
/// The Equal Earth projection (Šavrič, Patterson and Jenny 2018): equal-area, so no state looks larger than it is, with
/// straight parallels; scaled so the map is 1000 units wide, y growing downwards as in SVG from 0 at 84°N.
/// </summary>
internal static class EqualEarth
{
    public const double Width = 1000;
    private const double A1 = 1.340264, A2 = -0.081106, A3 = 0.000893, A4 = 0.003796;
    private static readonly double M = Math.Sqrt(3) / 2;
    private static readonly double HalfWidth = Raw(Math.PI, 0).X;
    private static readonly double Scale = Width / 2 / HalfWidth;
    private static readonly double Top = Raw(0, 84 * Math.PI / 180).Y;

    /// <summary>The frame's height: 84°N to 60°S.</summary>
    public static readonly double Height = (Top - Raw(0, -60 * Math.PI / 180).Y) * Scale;

    public static (double X, double Y) Project((double Lon, double Lat) p)
    {
        var (x, y) = Raw(p.Lon * Math.PI / 180, p.Lat * Math.PI / 180);
        return ((x + HalfWidth) * Scale, (Top - y) * Scale);
    }

    private static (double X, double Y) Raw(double lambda, double phi)
    {
        var theta = Math.Asin(M * Math.Sin(phi));
        var t2 = theta * theta;
        var t6 = t2 * t2 * t2;
        return (
            lambda * Math.Cos(theta) / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2))),
            theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2)));
    }
}

internal static class Geometry
{
    public static double Area(List<(double X, double Y)> ring)
    {
        double sum = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (a, b) = (ring[i], ring[(i + 1) % ring.Count]);
            sum += a.X * b.Y - b.X * a.Y;
        }

        return Math.Abs(sum / 2);
    }

    public static (double X, double Y) Centroid(List<(double X, double Y)> ring)
    {
        double a = 0, cx = 0, cy = 0;
        for (var i = 0; i < ring.Count; i++)
        {
            var (p, q) = (ring[i], ring[(i + 1) % ring.Count]);
            var cross = p.X * q.Y - q.X * p.Y;
            a += cross;
            cx += (p.X + q.X) * cross;
            cy += (p.Y + q.Y) * cross;
        }

        return Math.Abs(a) < 1e-9 ? (ring.Average(p => p.X), ring.Average(p => p.Y)) : (cx / (3 * a), cy / (3 * a));
    }

    /// <summary>
    /// SVG path data, one decimal (a tenth of a unit is below a pixel at any size the map is shown), in relative steps
    /// taken between rounded points, so they add up to the rounded points exactly.
    /// </summary>
    public static string Path(IEnumerable<List<(double X, double Y)>> rings)
    {
        var sb = new StringBuilder();
        foreach (var ring in rings)
        {
            var points = ring.Select(p => (X: Tenths(p.X), Y: Tenths(p.Y))).ToList();
            var kept = points.Where((p, i) => i == 0 || p != points[i - 1]).ToList();
            if (kept.Count < 3)
            {
                continue;
            }

            sb.Append('M').Append(Number(kept[0].X / 10.0)).Append(' ').Append(Number(kept[0].Y / 10.0)).Append('l');
            for (var i = 1; i < kept.Count; i++)
            {
                var (dx, dy) = (kept[i].X - kept[i - 1].X, kept[i].Y - kept[i - 1].Y);
                sb.Append(i == 1 || dx < 0 ? "" : " ").Append(Number(dx / 10.0)).Append(dy < 0 ? "" : " ").Append(Number(dy / 10.0));
            }

            sb.Append('z');
        }

        return sb.ToString();
    }

    public static string Number(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);

    private static long Tenths(double value) => (long)Math.Round(value * 10);
}
