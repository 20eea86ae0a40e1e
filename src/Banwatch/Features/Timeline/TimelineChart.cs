using Banwatch.Output;

namespace Banwatch.Features.Timeline;

/// <summary>The timeline as a chart: the same SVG for `timeline --svg` and the web page.</summary>
public static class TimelineChart
{
    public static string Svg(TimelineReport report) => SvgChart.Lines(
        $"Convention on Cluster Munitions, {report.From:yyyy-MM} to {report.To:yyyy-MM}",
        [.. report.Months.Select(m => m.Month)],
        [
            new SvgChart.Series("States parties", "#1b6ca8", [.. report.Months.Select(m => m.StateParty)]),
            new SvgChart.Series("Bound, not in force", "#f0a202", [.. report.Months.Select(m => m.BoundNotInForce)]),
            new SvgChart.Series("Signatories", "#8c8c8c", [.. report.Months.Select(m => m.Signatory)]),
        ]);
}
