using Banwatch.Core.Obligations;
using Banwatch.Core.States;
using Banwatch.Core.Treaty;

namespace Banwatch.Data.Import;

/// <summary>The obligations research files: Art. 3 stockpiles, Art. 4 clearance, Art. 7 reports received.</summary>
public static partial class CsvImport
{
    public const string Stockpiles = "stockpiles.csv";
    public const string Clearance = "clearance.csv";
    public const string Reports = "article7_reports.csv";

    private static readonly string[] RecordColumns =
        ["iso3", "completed_on", "original_deadline_published", "extended_deadline", "extension_granted_at", "source", "note"];

    /// <summary>
    /// Only states that deposited an instrument have obligations; meetings must be events.csv ids. Checks that
    /// need the depositary record are skipped when <paramref name="timeline"/> is null (ccm_status.csv is unreadable).
    /// </summary>
    private static List<ObligationRecord> ReadObligationRecords(
        string folder, List<DataError> errors, HashSet<Iso3> known, StatusTimeline? timeline, HashSet<string> eventIds)
    {
        var records = new List<ObligationRecord>();
        foreach (var (file, kind, applies) in new[] { (Stockpiles, ObligationKind.StockpileDestruction, "had_stockpile"), (Clearance, ObligationKind.Clearance, "contaminated") })
        {
            var columns = kind == ObligationKind.Clearance ? [.. RecordColumns, applies, "hostilities_ended"] : RecordColumns.Append(applies).ToArray();
            foreach (var row in CsvTable.Read(folder, file, columns, errors))
            {
                var iso3 = PartyIso3(row, known, timeline);
                var extended = row.Date("extended_deadline");
                var hostilitiesEnded = kind == ObligationKind.Clearance ? row.Date("hostilities_ended") : null;
                var grantedAt = row.Text("extension_granted_at") is null ? null : KnownKey(row, "extension_granted_at", eventIds, "meeting (events.csv id)");
                var fields = (Applies: row.YesNo(applies), Completed: row.ReportedDate("completed_on"), Published: row.Date("original_deadline_published"), Source: row.Source("source"));
                Unique(row, "iso3", iso3.Value, records.Where(r => r.Kind == kind).Select(r => r.Iso3.Value));
                if (timeline?.EntryIntoForceFor(iso3) is { } eif && extended is { } ext)
                {
                    var original = kind == ObligationKind.StockpileDestruction ? Article3.DestructionDeadline(eif)
                        : hostilitiesEnded is { } ended ? Article4.ClearanceDeadlineAfterHostilities(ended) : Article4.ClearanceDeadline(eif);
                    if (ext <= original)
                    {
                        row.Error("extended_deadline", $"{ext:yyyy-MM-dd} is not after the original deadline {original:yyyy-MM-dd}");
                    }
                }

                if (row.HasErrors)
                {
                    continue;
                }

                try
                {
                    records.Add(new ObligationRecord(iso3, kind, fields.Applies, fields.Completed, fields.Published, extended, grantedAt, hostilitiesEnded, fields.Source, row.Text("note")));
                }
                catch (ArgumentException e)
                {
                    row.Error(null, e.Message);
                }
            }
        }

        return records;
    }

    private static List<Article7Report> ReadReports(string folder, List<DataError> errors, HashSet<Iso3> known, StatusTimeline? timeline)
    {
        var reports = new List<Article7Report>();
        foreach (var row in CsvTable.Read(folder, Reports, ["iso3", "kind", "year_covered", "submitted_on", "source"], errors))
        {
            var iso3 = PartyIso3(row, known, timeline);
            var report = new Article7Report(iso3, row.Enum<ReportKind>("kind"), row.OptionalInt("year_covered"), row.Date("submitted_on") ?? default, row.Source("source"));
            if (row.Text("submitted_on") is null)
            {
                row.Error("submitted_on", "a value is required");
            }
            else if (timeline is not null && timeline.EntryIntoForceFor(iso3) is not null && timeline.StatusOf(iso3, report.SubmittedOn).Deposited is null)
            {
                row.Error("submitted_on", $"{report.SubmittedOn:yyyy-MM-dd} is before the state deposited its instrument");
            }

            if (report.YearCovered is { } year && report.SubmittedOn != default && year > report.SubmittedOn.Year)
            {
                row.Error("year_covered", $"{year} is after the year the report was submitted");
            }

            var duplicate = reports.FirstOrDefault(r => r.Iso3 == iso3 && r.Kind == report.Kind && r.AnnualYear == report.AnnualYear);
            if (duplicate is not null && !row.HasErrors)
            {
                row.Error(null, report.Kind == ReportKind.Initial
                    ? $"a second initial report for {iso3} (the first was submitted {duplicate.SubmittedOn:yyyy-MM-dd})"
                    : $"a second annual report for {iso3} covering {report.AnnualYear} (the first was submitted {duplicate.SubmittedOn:yyyy-MM-dd})");
            }

            if (!row.HasErrors)
            {
                reports.Add(report);
            }
        }

        return reports;
    }

    /// <summary>A known state that has deposited an instrument: only those have obligations under the Convention.</summary>
    private static Iso3 PartyIso3(CsvRow row, HashSet<Iso3> known, StatusTimeline? timeline)
    {
        var iso3 = KnownIso3(row, "iso3", known);
        if (timeline is not null && known.Contains(iso3) && timeline.EntryIntoForceFor(iso3) is null)
        {
            row.Error("iso3", $"'{iso3}' has deposited no instrument ({Status}), so it has no obligations under the Convention");
        }

        return iso3;
    }
}
