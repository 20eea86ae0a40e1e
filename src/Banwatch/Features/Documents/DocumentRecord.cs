using Banwatch.Core.Failures;
using Banwatch.Data;

namespace Banwatch.Features.Documents;

/// <summary>
/// One stored document with everything extracted from it, each item with its offsets in <see cref="Text"/>: the record
/// behind `banwatch documents show`, /documents/{id} and /api/documents/{id}.
/// </summary>
/// <param name="Mentions">Where states are named, in text order.</param>
/// <param name="Facts">The facts, whatever their review, in text order.</param>
public sealed record DocumentRecord(
    DocumentSummary Document,
    string Text,
    IReadOnlyList<DocumentMention> Mentions,
    IReadOnlyList<StoredFact> Facts,
    IReadOnlyList<StoredFigure> Figures)
{
    /// <summary>The document, or null when no document has this id.</summary>
    public static async Task<DocumentRecord?> LoadAsync(BanwatchDb db, Catalog catalog, long id, CancellationToken ct = default)
    {
        if (await db.DocumentAsync(id, ct) is not { } stored)
        {
            return null;
        }

        var mentions = await db.MentionsAsync(id, ct);
        return new DocumentRecord(
            stored.Summary,
            stored.Text,
            [.. mentions.Select(m => new DocumentMention(m.Iso3, catalog.Names[Core.States.Iso3.Parse(m.Iso3)].Name, m.Start, m.End, stored.Text[m.Start..m.End]))],
            await db.FactsAsync(documentId: id, ct: ct),
            await db.FiguresAsync(id, ct));
    }

    /// <summary>The one-line refusal for an id that names no document, the same on every entry point.</summary>
    public static BanwatchException Missing(long id) => new(FailureKind.NotFound, $"no document #{id} (see `banwatch documents list` or /documents)");
}

/// <summary>A state named in a document: the name as written, at [Start, End) of the text.</summary>
public sealed record DocumentMention(string Iso3, string State, int Start, int End, string Text);
