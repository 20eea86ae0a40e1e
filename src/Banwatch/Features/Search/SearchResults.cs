using System.Text;
using Banwatch.Core.Failures;
using Banwatch.Data;

namespace Banwatch.Features.Search;

/// <summary>
/// What a search finds: states whose name or alias contains the words, and documents that contain them, best first, a
/// page at a time. The record behind `banwatch search`, /search and /api/search.
/// </summary>
/// <param name="Paging">Over the documents; every matching state is listed on each page.</param>
public sealed record SearchResults(string Query, IReadOnlyList<StateHit> States, Paging Paging, IReadOnlyList<DocumentHit> Documents)
{
    public const int DefaultLimit = 20;

    public static async Task<SearchResults> RunAsync(BanwatchDb db, Catalog catalog, string query, PageRequest page, CancellationToken ct = default)
    {
        // Control characters (a NUL above all, which PostgreSQL refuses in text) separate words, on both databases alike.
        query = string.Concat(query.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
        if (query.Length == 0)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("q")}: give one or more words to search for");
        }

        var states = catalog.Names.Find(query).Select(m => new StateHit(m.State.Iso3.Value, m.State.Name, m.MatchedName)).ToList();
        var hits = await db.SearchAsync(query, page.Limit, page.Offset, ct);
        var total = hits.Count < page.Limit && (hits.Count > 0 || page.Offset == 0) ? page.Offset + hits.Count : await db.SearchCountAsync(query, ct);
        return new SearchResults(query, states, new Paging(total, page), [.. hits.Select(DocumentHit.From)]);
    }
}

/// <summary>A state whose name, code or alias (<see cref="MatchedName"/>) contains the search.</summary>
public sealed record StateHit(string Iso3, string Name, string MatchedName);

/// <summary>A matching document; <see cref="Snippet"/> is plain text, and <see cref="Highlights"/> the matched words' ranges in it.</summary>
public sealed record DocumentHit(long Id, string Name, string? Title, DateOnly? Published, string Snippet, IReadOnlyList<TextRange> Highlights)
{
    /// <summary>Takes the store's highlight marks out of the snippet and keeps where they were as ranges.</summary>
    public static DocumentHit From(SearchHit hit)
    {
        var text = new StringBuilder(hit.Snippet.Length);
        var ranges = new List<TextRange>();
        var start = -1;
        foreach (var c in hit.Snippet)
        {
            if (c == BanwatchDb.HighlightStart)
            {
                start = text.Length;
            }
            else if (c == BanwatchDb.HighlightEnd && start >= 0)
            {
                ranges.Add(new TextRange(start, text.Length));
                start = -1;
            }
            else if (c != BanwatchDb.HighlightEnd)
            {
                // Line breaks inside a snippet read as spaces wherever it is shown.
                text.Append(c is '\n' or '\r' ? ' ' : c);
            }
        }

        return new DocumentHit(hit.Id, hit.Name, hit.Title, hit.Published, text.ToString(), ranges);
    }
}

/// <summary>Characters [Start, End) of a text.</summary>
public sealed record TextRange(int Start, int End);
