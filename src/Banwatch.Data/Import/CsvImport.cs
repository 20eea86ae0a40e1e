using System.Security.Cryptography;
using Banwatch.Core.Process;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;
using CoreReferenceData = Banwatch.Core.ReferenceData;

namespace Banwatch.Data.Import;

/// <summary>
/// Reads the shipped data/ folder into <see cref="CoreReferenceData"/>, all or nothing: every problem is
/// reported with file, line and column, and nothing is returned (so nothing is stored) while any remains.
/// </summary>
public static partial class CsvImport
{
    public const string States = "states.csv";
    public const string Aliases = "state_aliases.csv";
    public const string Status = "ccm_status.csv";
    public const string Events = "events.csv";
    public const string Figures = "event_figures.csv";
    public const string Declarations = "declarations.csv";
    public const string Participation = "participation.csv";

    /// <summary>In load order: later files refer to keys of earlier ones.</summary>
    public static readonly IReadOnlyList<string> Files =
        [States, Aliases, Status, Events, Figures, Declarations, Participation, Stockpiles, Clearance, Reports, CategoryLists, CategoryEntries, UngaResolutions, UngaVotes];

    public static CoreReferenceData Read(string folder)
    {
        var errors = new List<DataError>();
        // Keys of rows that had errors still count as known, so one bad row is one error, not a cascade.
        var known = new HashSet<Iso3>();
        var states = ReadStates(folder, errors, known);

        var aliases = new List<StateAlias>();
        foreach (var row in CsvTable.Read(folder, Aliases, ["iso3", "alias", "kind", "source"], errors))
        {
            var alias = new StateAlias(KnownIso3(row, "iso3", known), row.Required("alias"), row.Enum<AliasKind>("kind"), row.Source("source"));
            if (!row.HasErrors)
            {
                aliases.Add(alias);
            }
        }

        var treaty = ReadTreaty(folder, errors, known);
        var eventIds = new HashSet<string>(StringComparer.Ordinal);
        var events = ReadEvents(folder, errors, known, eventIds);

        var figures = new List<EventFigure>();
        foreach (var row in CsvTable.Read(folder, Figures, ["event_id", "figure", "value", "qualifier", "source", "note"], errors))
        {
            var figure = new EventFigure(
                KnownKey(row, "event_id", eventIds, "event"), row.Enum<FigureKind>("figure"), row.Int("value"),
                row.Enum<Qualifier>("qualifier"), row.Source("source"), row.Text("note"));
            if (!row.HasErrors)
            {
                figures.Add(figure);
            }
        }

        var declarations = new List<Declaration>();
        var declarationIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in CsvTable.Read(folder, Declarations, ["id", "name", "event_id", "adopted_on", "source"], errors))
        {
            var eventId = row.Text("event_id") is null ? null : KnownKey(row, "event_id", eventIds, "event");
            var declaration = new Declaration(row.Required("id"), row.Required("name"), eventId, row.Date("adopted_on"), row.Source("source"));
            Unique(row, "id", declaration.Id, declarations.Select(d => d.Id).Concat(eventIds));
            declarationIds.Add(declaration.Id);
            if (!row.HasErrors)
            {
                declarations.Add(declaration);
            }
        }

        var subjects = eventIds.Concat(declarationIds).ToHashSet(StringComparer.Ordinal);
        var participation = new List<Participation>();
        foreach (var row in CsvTable.Read(folder, Participation, ["iso3", "subject", "relation", "source", "note"], errors))
        {
            var item = new Participation(
                KnownIso3(row, "iso3", known), KnownKey(row, "subject", subjects, "event or declaration"),
                row.Enum<ParticipationRelation>("relation"), row.Source("source"), row.Text("note"));
            if (!row.HasErrors)
            {
                participation.Add(item);
            }
        }

        // A state whose depositary row is unreadable is reported there, not again in every obligations row.
        var parties = errors.Any(e => Path.GetFileName(e.File) == Status) ? null : new StatusTimeline(known, treaty.Select(t => t.Record));
        var obligations = ReadObligationRecords(folder, errors, known, parties, eventIds);
        var reports = ReadReports(folder, errors, known, parties);
        var listIds = new HashSet<string>(StringComparer.Ordinal);
        var categoryLists = ReadCategoryLists(folder, errors, listIds);
        var categoryEntries = ReadCategoryEntries(folder, errors, known, categoryLists, listIds);
        var resolutions = ReadUngaResolutions(folder, errors);
        var votes = ReadUngaVotes(folder, errors, known, resolutions);
        if (errors.Count > 0)
        {
            throw new ReferenceDataException(errors);
        }

        return new CoreReferenceData(
            Hash(folder),
            states,
            [.. aliases.DistinctBy(a => (a.Iso3, a.Alias))],
            treaty,
            events,
            figures,
            declarations,
            [.. participation.DistinctBy(p => (p.Iso3, p.Subject, p.Relation, p.Source))],
            obligations,
            reports,
            categoryLists,
            categoryEntries,
            resolutions,
            votes);
    }

    private static List<State> ReadStates(string folder, List<DataError> errors, HashSet<Iso3> known)
    {
        var states = new List<State>();
        var columns = new[] { "iso3", "iso2", "m49", "name", "formal_name", "un_status", "un_regional_group", "region", "sub_region", "source" };
        foreach (var row in CsvTable.Read(folder, States, columns, errors))
        {
            var state = new State(
                row.Iso3("iso3"), row.Required("iso2"), row.Required("m49"), row.Required("name"), row.Required("formal_name"),
                row.Enum<UnStatus>("un_status"), row.Text("un_regional_group"), row.Required("region"), row.Text("sub_region"),
                row.Source("source"));
            Unique(row, "iso3", state.Iso3.Value, states.Select(s => s.Iso3.Value));
            if (state.Iso3 != default)
            {
                known.Add(state.Iso3);
            }

            if (!row.HasErrors)
            {
                states.Add(state);
            }
        }

        return states;
    }

    private static List<TreatyEntry> ReadTreaty(string folder, List<DataError> errors, HashSet<Iso3> known)
    {
        var entries = new List<TreatyEntry>();
        var columns = new[]
        {
            "iso3", "signed", "deposited", "instrument", "provisional_application", "withdrawal_received",
            "withdrawal_armed_conflict", "withdrawal_conflict_ended", "source", "note",
        };
        foreach (var row in CsvTable.Read(folder, Status, columns, errors))
        {
            var iso3 = KnownIso3(row, "iso3", known);
            var signed = row.Date("signed");
            var deposited = row.Date("deposited");
            var instrument = row.OptionalEnum<Instrument>("instrument");
            var provisional = row.Date("provisional_application");
            var received = row.Date("withdrawal_received");
            var armedConflict = row.Bool("withdrawal_armed_conflict");
            var conflictEnded = row.Date("withdrawal_conflict_ended");
            var source = row.Source("source");
            Unique(row, "iso3", iso3.Value, entries.Select(e => e.Record.Iso3.Value));
            if (row.HasErrors)
            {
                continue;
            }

            try
            {
                var withdrawal = received is { } r ? new Withdrawal(r, armedConflict, conflictEnded) : null;
                entries.Add(new TreatyEntry(new TreatyRecord(iso3, signed, deposited, instrument, provisional, withdrawal, source), row.Text("note")));
            }
            catch (ArgumentException e)
            {
                row.Error(null, e.Message);
            }
        }

        return entries;
    }

    private static List<TreatyEvent> ReadEvents(string folder, List<DataError> errors, HashSet<Iso3> known, HashSet<string> ids)
    {
        var events = new List<TreatyEvent>();
        var columns = new[] { "id", "name", "kind", "start_date", "end_date", "city", "country_iso3", "outcome", "source" };
        foreach (var row in CsvTable.Read(folder, Events, columns, errors))
        {
            var country = row.Text("country_iso3") is null ? (Iso3?)null : KnownIso3(row, "country_iso3", known);
            var e = new TreatyEvent(
                row.Required("id"), row.Required("name"), row.Enum<EventKind>("kind"), row.Date("start_date"), row.Date("end_date"),
                row.Text("city"), country, row.Text("outcome"), row.Source("source"));
            if (e.Start is { } start && e.End is { } end && end < start)
            {
                row.Error("end_date", $"ends {end:yyyy-MM-dd} before it starts {start:yyyy-MM-dd}");
            }

            Unique(row, "id", e.Id, ids);
            ids.Add(e.Id);
            if (!row.HasErrors)
            {
                events.Add(e);
            }
        }

        return events;
    }

    private static Iso3 KnownIso3(CsvRow row, string column, HashSet<Iso3> known)
    {
        var iso3 = row.Iso3(column);
        if (iso3 != default && !known.Contains(iso3))
        {
            row.Error(column, $"unknown state '{iso3}' (not in {States})");
        }

        return iso3;
    }

    private static string KnownKey(CsvRow row, string column, HashSet<string> known, string what)
    {
        var key = row.Required(column);
        if (key.Length > 0 && !known.Contains(key))
        {
            row.Error(column, $"unknown {what} '{key}'");
        }

        return key;
    }

    private static void Unique(CsvRow row, string column, string key, IEnumerable<string> seen)
    {
        if (key.Length > 0 && seen.Contains(key, StringComparer.Ordinal))
        {
            row.Error(column, $"duplicate '{key}'");
        }
    }

    /// <summary>SHA-256 over every file's name and bytes, in load order; a missing file hashes as such (Read reports it).</summary>
    public static string Hash(string folder)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Files)
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(file + "\n"));
            var path = Path.Combine(folder, file);
            sha.AppendData(File.Exists(path) ? File.ReadAllBytes(path) : "(missing)"u8.ToArray());
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }
}
