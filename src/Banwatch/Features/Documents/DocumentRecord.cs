using Banwatch.Core.Failures;
using Banwatch.Data;

namespace Banwatch.Features.Documents;

/// <summary>
/// One stored document with everything extracted from it, a window of its text at a time: the record behind
/// `banwatch documents show`, /documents/{id} and /api/documents/{id}. Offsets are into the whole text;
/// <see cref="Text"/> is the window's part of it, from <see cref="TextWindow.Start"/>.
/// </summary>
/// <param name="Mentions">Where states are named in the window, in text order.</param>
/// <param name="Facts">The facts whose state is named in the window, whatever their review, in text order.</param>
public sealed record DocumentRecord(
    DocumentSummary Document,
    TextWindow Window,
    string Text,
    IReadOnlyList<DocumentMention> Mentions,
    IReadOnlyList<StoredFact> Facts,
    IReadOnlyList<StoredFigure> Figures)
{
    /// <summary>The document's window holding offset <paramref name="at"/> (the first by default), or null when no document has this id.</summary>
    public static async Task<DocumentRecord?> LoadAsync(BanwatchDb db, Catalog catalog, long id, int at = 0, CancellationToken ct = default)
    {
        if (await db.DocumentAsync(id, ct) is not { } stored)
        {
            return null;
        }

        var window = TextWindow.At(stored.Text, at);
        var mentions = await db.MentionsAsync(id, window.Start, window.End, ct);
        return new DocumentRecord(
            stored.Summary,
            window,
            stored.Text[window.Start..window.End],
            [.. mentions.Select(m => new DocumentMention(m.Iso3, catalog.Names[Core.States.Iso3.Parse(m.Iso3)].Name, m.Start, m.End, stored.Text[m.Start..m.End]))],
            await db.DocumentFactsAsync(id, window.Start, window.End, ct),
            await db.FiguresAsync(id, window.Start, window.End, ct));
    }

    /// <summary>The one-line refusal for an id that names no document, the same on every entry point.</summary>
    public static BanwatchException Missing(long id) => new(FailureKind.NotFound, $"no document #{id} (see `banwatch documents list` or /documents)");
}

/// <summary>A state named in a document: the name as written, at [Start, End) of the text.</summary>
public sealed record DocumentMention(string Iso3, string State, int Start, int End, string Text);

/// <summary>
/// The part [Start, End) of a text of <see cref="Length"/> characters shown at once. A long report is cut every
/// <see cref="Size"/> characters, at the next line break where one comes soon after, so a page stays light
/// however long the document; <see cref="Previous"/> and <see cref="Next"/> are where the windows around it start.
/// </summary>
public sealed record TextWindow(int Start, int End, int Length, int? Previous, int? Next)
{
    public const int Size = 100_000;

    /// <summary>The window holding offset <paramref name="at"/> (clamped to the text).</summary>
    public static TextWindow At(string text, int at)
    {
        at = Math.Clamp(at, 0, Math.Max(0, text.Length - 1));
        int? previous = null;
        var start = 0;
        var end = Cut(text, start);
        while (end <= at && end < text.Length)
        {
            (previous, start) = (start, end);
            end = Cut(text, start);
        }

        return new TextWindow(start, end, text.Length, previous, end < text.Length ? end : null);
    }

    private static int Cut(string text, int start)
    {
        if (text.Length - start <= Size)
        {
            return text.Length;
        }

        var lineBreak = text.IndexOf('\n', start + Size, Math.Min(Size / 10, text.Length - start - Size));
        var end = lineBreak < 0 ? start + Size : lineBreak + 1;
        return end < text.Length && char.IsLowSurrogate(text[end]) ? end + 1 : end;
    }
}
