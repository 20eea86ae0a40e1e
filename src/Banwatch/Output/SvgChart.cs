using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Banwatch.Output;

/// <summary>A line chart as standalone SVG (no script, no external assets), for files and web pages alike.</summary>
public static class SvgChart
{
    public sealed record Series(string Name, string Colour, IReadOnlyList<int> Values);

    private const int Width = 880;
    private const int Height = 360;
    private const int Left = 48;
    private const int Right = 150;
    private const int Top = 36;
    private const int Bottom = 40;

    /// <param name="labels">One label per point (e.g. "2010-08"); a tick is drawn where the label ends in "-01".</param>
    public static string Lines(string title, IReadOnlyList<string> labels, IReadOnlyList<Series> series)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        var max = Math.Max(1, series.SelectMany(s => s.Values).DefaultIfEmpty(0).Max());
        var yStep = NiceStep(max);
        var yMax = (int)Math.Ceiling(max / (double)yStep) * yStep;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        double X(int i) => Left + (labels.Count <= 1 ? 0 : plotW * i / (double)(labels.Count - 1));
        double Y(int v) => Top + plotH - (plotH * v / (double)yMax);
        static string F(double d) => d.ToString("0.#", CultureInfo.InvariantCulture);

        var svg = new XElement(
            ns + "svg",
            new XAttribute("width", Width),
            new XAttribute("height", Height),
            new XAttribute("viewBox", $"0 0 {Width} {Height}"),
            new XAttribute("role", "img"),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", 12),
            new XElement(ns + "title", title),
            new XElement(ns + "rect", new XAttribute("width", Width), new XAttribute("height", Height), new XAttribute("fill", "white")),
            new XElement(ns + "text", new XAttribute("x", Left), new XAttribute("y", 20), new XAttribute("font-size", 15), new XAttribute("font-weight", "bold"), title));

        for (var v = 0; v <= yMax; v += yStep)
        {
            svg.Add(
                new XElement(ns + "line", new XAttribute("x1", Left), new XAttribute("x2", Left + plotW), new XAttribute("y1", F(Y(v))), new XAttribute("y2", F(Y(v))), new XAttribute("stroke", "#ddd")),
                new XElement(ns + "text", new XAttribute("x", Left - 6), new XAttribute("y", F(Y(v) + 4)), new XAttribute("text-anchor", "end"), v));
        }

        for (var i = 0; i < labels.Count; i++)
        {
            if (labels[i].EndsWith("-01", StringComparison.Ordinal) && labels.Count > 1)
            {
                svg.Add(
                    new XElement(ns + "line", new XAttribute("x1", F(X(i))), new XAttribute("x2", F(X(i))), new XAttribute("y1", Top + plotH), new XAttribute("y2", Top + plotH + 4), new XAttribute("stroke", "#666")),
                    new XElement(ns + "text", new XAttribute("x", F(X(i))), new XAttribute("y", Top + plotH + 18), new XAttribute("text-anchor", "middle"), labels[i][..4]));
            }
        }

        svg.Add(new XElement(ns + "line", new XAttribute("x1", Left), new XAttribute("x2", Left + plotW), new XAttribute("y1", Top + plotH), new XAttribute("y2", Top + plotH), new XAttribute("stroke", "#666")));
        for (var s = 0; s < series.Count; s++)
        {
            var points = new StringBuilder();
            for (var i = 0; i < series[s].Values.Count; i++)
            {
                points.Append(F(X(i))).Append(',').Append(F(Y(series[s].Values[i]))).Append(' ');
            }

            var last = series[s].Values.Count > 0 ? series[s].Values[^1] : 0;
            svg.Add(
                new XElement(ns + "polyline", new XAttribute("points", points.ToString().TrimEnd()), new XAttribute("fill", "none"), new XAttribute("stroke", series[s].Colour), new XAttribute("stroke-width", 2)),
                new XElement(ns + "rect", new XAttribute("x", Left + plotW + 12), new XAttribute("y", Top + (s * 20)), new XAttribute("width", 12), new XAttribute("height", 12), new XAttribute("fill", series[s].Colour)),
                new XElement(ns + "text", new XAttribute("x", Left + plotW + 30), new XAttribute("y", Top + (s * 20) + 11), $"{series[s].Name} ({last})"));
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A small bar chart (one bar per label, the value written above it), for counts such as mentions per year.</summary>
    public static string Bars(string title, IReadOnlyList<string> labels, IReadOnlyList<int> values)
    {
        XNamespace ns = "http://www.w3.org/2000/svg";
        const int bar = 28, gap = 8, plotH = 90, top = 16, bottom = 20;
        var width = Math.Max(1, labels.Count) * (bar + gap) + gap;
        var max = Math.Max(1, values.DefaultIfEmpty(0).Max());
        var svg = new XElement(
            ns + "svg",
            new XAttribute("width", width),
            new XAttribute("height", top + plotH + bottom),
            new XAttribute("viewBox", $"0 0 {width} {top + plotH + bottom}"),
            new XAttribute("role", "img"),
            new XAttribute("aria-label", title),
            new XAttribute("font-family", "sans-serif"),
            new XAttribute("font-size", 11),
            new XElement(ns + "title", title));
        for (var i = 0; i < labels.Count; i++)
        {
            var x = gap + i * (bar + gap);
            var h = Math.Max(1, plotH * values[i] / max);
            svg.Add(
                new XElement(ns + "rect", new XAttribute("x", x), new XAttribute("y", top + plotH - h), new XAttribute("width", bar), new XAttribute("height", h), new XAttribute("fill", "#4f9bd1")),
                new XElement(ns + "text", new XAttribute("x", x + bar / 2), new XAttribute("y", top + plotH - h - 3), new XAttribute("text-anchor", "middle"), values[i]),
                new XElement(ns + "text", new XAttribute("x", x + bar / 2), new XAttribute("y", top + plotH + 14), new XAttribute("text-anchor", "middle"), labels[i]));
        }

        return svg.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>A round step (1, 2 or 5 times a power of ten) that divides 0 to <paramref name="max"/> into at most six ticks.</summary>
    public static int NiceStep(int max)
    {
        for (var magnitude = 1; ; magnitude *= 10)
        {
            foreach (var factor in new[] { 1, 2, 5 })
            {
                if (max <= factor * magnitude * 6)
                {
                    return factor * magnitude;
                }
            }
        }
    }
}
