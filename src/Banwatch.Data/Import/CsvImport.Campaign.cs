using Banwatch.Core;
using Banwatch.Core.Campaigns;
using Banwatch.Core.States;

namespace Banwatch.Data.Import;

/// <summary>The campaign files: category lists and their entries, UN General Assembly resolutions and votes.</summary>
public static partial class CsvImport
{
    public const string CategoryLists = "category_lists.csv";
    public const string CategoryEntries = "categories.csv";
    public const string UngaResolutions = "unga_resolutions.csv";
    public const string UngaVotes = "unga_votes.csv";

    private static List<CategoryList> ReadCategoryLists(string folder, List<DataError> errors, HashSet<string> ids)
    {
        var lists = new List<CategoryList>();
        var columns = new[] { "id", "name", "as_of", "kind", "categories", "complete", "named", "total", "source", "note" };
        foreach (var row in CsvTable.Read(folder, CategoryLists, columns, errors))
        {
            var id = row.Required("id");
            Unique(row, "id", id, ids);
            ids.Add(id);
            var kind = row.Enum<CategoryListKind>("kind");
            var covers = new List<Category>();
            foreach (var name in (row.Required("categories")).Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!WireName.TryParse<Category>(name, out var category))
                {
                    row.Error("categories", $"'{name}' is not one of: {string.Join(", ", WireName.All<Category>())}");
                }
                else if (Categories.KindOf(category) != kind && !row.HasErrors)
                {
                    row.Error("categories", $"'{name}' is {WireName.Of(Categories.KindOf(category))}, not {WireName.Of(kind)}: a list holds one kind");
                }
                else
                {
                    covers.Add(category);
                }
            }

            var list = new CategoryList(
                id, row.Required("name"), row.ReportedDate("as_of"), kind, covers, row.YesNo("complete"), row.OptionalInt("named"), row.OptionalInt("total"),
                row.Source("source"), row.Text("note"));
            if (list.Named is { } named && list.Total is { } total && named > total)
            {
                row.Error("named", $"{named} named is more than the {total} the list counts");
            }

            if (!row.HasErrors)
            {
                lists.Add(list);
            }
        }

        return lists;
    }

    private static List<CategoryEntry> ReadCategoryEntries(string folder, List<DataError> errors, HashSet<Iso3> known, IReadOnlyList<CategoryList> lists, HashSet<string> listIds)
    {
        var entries = new List<CategoryEntry>();
        var columns = new[] { "iso3", "category", "list", "qualifier", "period_start", "period_end", "source", "note" };
        foreach (var row in CsvTable.Read(folder, CategoryEntries, columns, errors))
        {
            var listId = KnownKey(row, "list", listIds, $"list (an id in {CategoryLists})");
            var entry = new CategoryEntry(
                KnownIso3(row, "iso3", known), row.Enum<Category>("category"), listId, row.Text("qualifier") is not null,
                row.ReportedDate("period_start"), row.ReportedDate("period_end"), row.Source("source"), row.Text("note"));
            if (row.Text("qualifier") is { } q && q != "unclear")
            {
                row.Error("qualifier", $"'{q}' is not 'unclear' (or empty)");
            }

            if (lists.FirstOrDefault(l => l.Id == listId) is { } list && !row.HasErrors && !list.Covers.Contains(entry.Category))
            {
                row.Error("category", $"'{WireName.Of(entry.Category)}' is not among the categories of list '{listId}' ({string.Join(", ", list.Covers.Select(c => WireName.Of(c)))})");
            }

            if (entry.PeriodStart is { } start && entry.PeriodEnd is { } end && end.Last < start.First)
            {
                row.Error("period_end", $"{end} is before the period's start {start}");
            }

            if (entry.PeriodEnd is not null && entry.PeriodStart is null)
            {
                row.Error("period_start", "a period with an end needs its start");
            }

            if (!row.HasErrors)
            {
                entries.Add(entry);
            }
        }

        return entries;
    }

    private static List<UngaResolution> ReadUngaResolutions(string folder, List<DataError> errors)
    {
        var resolutions = new List<UngaResolution>();
        foreach (var row in CsvTable.Read(folder, UngaResolutions, ["resolution", "year", "adopted_on", "yes", "no", "abstain", "source", "note"], errors))
        {
            var r = new UngaResolution(
                row.Text("resolution"), row.Int("year"), row.Date("adopted_on"), row.OptionalInt("yes"), row.OptionalInt("no"), row.OptionalInt("abstain"),
                row.Source("source"), row.Text("note"));
            Unique(row, "year", r.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), resolutions.Select(x => x.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            if (r.Symbol is { } symbol)
            {
                Unique(row, "resolution", symbol, resolutions.Select(x => x.Symbol ?? ""));
                if (r.AdoptedOn is null)
                {
                    row.Error("adopted_on", "a resolution with its symbol needs its plenary date");
                }
            }

            if (r.AdoptedOn is { } on && on.Year != r.Year)
            {
                row.Error("adopted_on", $"{on:yyyy-MM-dd} is not in {r.Year}");
            }

            if (!row.HasErrors)
            {
                resolutions.Add(r);
            }
        }

        return resolutions;
    }

    private static List<UngaVote> ReadUngaVotes(string folder, List<DataError> errors, HashSet<Iso3> known, IReadOnlyList<UngaResolution> resolutions)
    {
        var symbols = resolutions.Select(r => r.Symbol).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var votes = new List<UngaVote>();
        var seen = new HashSet<(string, Iso3)>();
        foreach (var row in CsvTable.Read(folder, UngaVotes, ["resolution", "iso3", "vote", "source"], errors))
        {
            var vote = new UngaVote(
                KnownKey(row, "resolution", symbols, $"resolution (a symbol in {UngaResolutions})"), KnownIso3(row, "iso3", known), row.Enum<Vote>("vote"), row.Source("source"));
            if (!row.HasErrors && !seen.Add((vote.Resolution, vote.Iso3)))
            {
                row.Error("iso3", $"a second vote for {vote.Iso3} on {vote.Resolution}");
            }

            if (!row.HasErrors)
            {
                votes.Add(vote);
            }
        }

        return votes;
    }
}
