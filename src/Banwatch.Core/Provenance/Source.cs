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

    public IReadOnlyList<string> Citations => Split(Citation);

    /// <summary>
    /// A source as a person or a data file gives it. Every fact must name one, so an empty citation is refused; each
    /// citation is an http(s) URL (<see cref="SourceUrl"/>, perhaps followed by a note) or a document reference, which
    /// has no URL scheme: a <c>javascript:</c>, <c>data:</c> or <c>file:</c> citation is refused with the reason.
    /// </summary>
    public static Source Parse(string? citation)
    {
        if (string.IsNullOrWhiteSpace(citation))
        {
            throw new FormatException("a source is required (URL or document reference)");
        }

        foreach (var part in Split(citation))
        {
            switch (SourceUrl.SchemeOf(part))
            {
                case null:
                    break;
                case "http" or "https":
                    SourceUrl.ParseCitation(part, out _);
                    break;
                default:
                    SourceUrl.Parse(part);
                    break;
            }
        }

        return new Source(citation.Trim());
    }

    /// <summary>
    /// A source as the database holds it, not checked again: it was checked by <see cref="Parse"/> when entered, or
    /// stored before that check existed. Pages link only the citations that are http(s) URLs and show the rest as text.
    /// </summary>
    public static Source FromStore(string citation) => new(citation);

    public override string ToString() => Citation ?? "";

    private static string[] Split(string citation) =>
        citation.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
