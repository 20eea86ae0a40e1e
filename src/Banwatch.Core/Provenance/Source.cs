namespace Banwatch.Core.Provenance;

/// <summary>
/// Where a fact comes from: one or more URLs or document references, as cited in the data files.
/// Several citations are separated by " | ", the convention of the shipped CSVs.
/// </summary>
public readonly record struct Source
{
    public const string Separator = " | ";

    private Source(string citation) => Citation = citation;

    public string Citation { get; }

    public IReadOnlyList<string> Citations =>
        Citation.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Every fact must name its source, so an empty citation is refused here, once.</summary>
    public static Source Parse(string? citation) =>
        string.IsNullOrWhiteSpace(citation)
            ? throw new FormatException("a source is required (URL or document reference)")
            : new Source(citation.Trim());

    public override string ToString() => Citation ?? "";
}
