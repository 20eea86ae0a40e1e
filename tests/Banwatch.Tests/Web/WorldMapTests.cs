using System.Globalization;
using System.Text.RegularExpressions;
using Banwatch.Core.Treaty;
using Banwatch.Features.Status;
using Banwatch.Testing;
using Banwatch.Web;

namespace Banwatch.Tests.Web;

/// <summary>The shipped map (data/world_map.csv, made by tools/world-map.cs) against the shipped states.</summary>
public sealed partial class WorldMapTests
{
    private static readonly WorldMap Map = WorldMap.Load(DataFolder.Shipped);

    private static IEnumerable<string> StateCodes() =>
        File.ReadLines(Path.Combine(DataFolder.Shipped, "states.csv")).Skip(1).Select(l => l.Split(',')[0]);

    [Fact]
    public void Every_state_has_one_place_on_the_map()
    {
        Assert.True(Map.IsAvailable);
        var placed = Map.Shapes.Where(s => s.Iso3.Length > 0).Select(s => s.Iso3).ToList();
        Assert.Equal(placed.Count, placed.Distinct().Count());
        Assert.Equal(StateCodes().Order(), placed.Order());
        Assert.All(Map.Shapes.Where(s => s.Path.Length == 0), s => Assert.True(s.Small, $"{s.Name} has neither a shape nor a marker"));
    }

    [Fact]
    public void Every_point_is_inside_the_frame()
    {
        foreach (var shape in Map.Shapes)
        {
            Assert.InRange(shape.X, 0, WorldMap.Width);
            Assert.InRange(shape.Y, 0, WorldMap.Height);
            foreach (var (x, y) in Rings(shape.Path).SelectMany(r => r))
            {
                Assert.True(x is >= -0.05 and <= WorldMap.Width + 0.05 && y is >= -0.05 and <= WorldMap.Height + 0.05, $"{shape.Name}: ({x}, {y}) is outside the map");
            }
        }
    }

    [Fact]
    public void No_ring_streaks_across_the_map()
    {
        // A ring crossing the 180° meridian uncut would have a step of most of the map's width.
        foreach (var ring in Map.Shapes.SelectMany(s => Rings(s.Path).Select(r => (s.Name, Points: r))))
        {
            Assert.All(ring.Points.Zip(ring.Points.Skip(1)), p => Assert.True(Math.Abs(p.First.X - p.Second.X) < WorldMap.Width / 2, $"{ring.Name} jumps across the map"));
        }
    }

    [Fact]
    public void States_are_coloured_by_status_and_link_with_a_title()
    {
        var svg = Map.Svg(
            new Dictionary<string, StatusRow> { ["NOR"] = new("NOR", "Norway", TreatyStatus.StateParty, null, null, null, null, null, false, null) },
            iso3 => "/states/" + iso3,
            "map");
        Assert.Contains("<a href=\"/states/NOR\" aria-label=\"Norway: state party\"><path class=\"fill-state_party\"", svg);
        Assert.Contains("<title>Norway: state party</title></a>", svg);
        Assert.Contains("<a href=\"/states/AND\" aria-label=\"Andorra\"><circle class=\"fill-not_signed\"", svg);
    }

    /// <summary>The absolute points of each ring of a path written as "Mx y" followed by relative "l dx dy ..." steps.</summary>
    private static IEnumerable<List<(double X, double Y)>> Rings(string path)
    {
        foreach (Match ring in Ring().Matches(path))
        {
            var x = double.Parse(ring.Groups["x"].Value, CultureInfo.InvariantCulture);
            var y = double.Parse(ring.Groups["y"].Value, CultureInfo.InvariantCulture);
            var points = new List<(double X, double Y)> { (x, y) };
            var steps = Number().Matches(ring.Groups["steps"].Value).Select(m => double.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i + 1 < steps.Count; i += 2)
            {
                (x, y) = (x + steps[i], y + steps[i + 1]);
                points.Add((x, y));
            }

            yield return points;
        }
    }

    [GeneratedRegex(@"M(?<x>-?[\d.]+) (?<y>-?[\d.]+)l(?<steps>[^z]*)z")]
    private static partial Regex Ring();

    [GeneratedRegex(@"-?[\d.]+")]
    private static partial Regex Number();
}
