using Banwatch.Core.Failures;
using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Obligations;

/// <summary>
/// What research found about one State Party's Art. 3 stockpiles or Art. 4 contamination (stockpiles.csv,
/// clearance.csv), checked at construction so that no rule meets an impossible record.
/// </summary>
/// <param name="Applies">Whether it has stockpiles to destroy or contaminated areas to clear; a "no" row records that research found none.</param>
/// <param name="Completed">When destruction or clearance was completed or, failing that, declared: as precise as the source gives it.</param>
/// <param name="PublishedDeadline">The original deadline as a source published it, kept to compare with the computed one.</param>
/// <param name="ExtensionGrantedAt">The events.csv id of the meeting that granted the extension, where known.</param>
/// <param name="HostilitiesEnded">For remnants that appeared after entry into force (Art. 4(1)(b)): when the active hostilities ended.</param>
public sealed record ObligationRecord
{
    public ObligationRecord(
        Iso3 iso3,
        ObligationKind kind,
        bool applies,
        ReportedDate? completed,
        DateOnly? publishedDeadline,
        DateOnly? extendedDeadline,
        string? extensionGrantedAt,
        DateOnly? hostilitiesEnded,
        Source source,
        string? note)
    {
        if (!ObligationKinds.IsExtendable(kind))
        {
            throw new ArgumentException($"{iso3}: {WireName.Of(kind)} is not an Art. 3 or Art. 4 obligation");
        }

        if (hostilitiesEnded is not null && kind != ObligationKind.Clearance)
        {
            throw new ArgumentException($"{iso3}: an end of hostilities applies to clearance only (Art. 4(1)(b))");
        }

        if (extensionGrantedAt is not null && extendedDeadline is null)
        {
            throw new ArgumentException($"{iso3}: a granting meeting needs the extended deadline it granted");
        }

        Iso3 = iso3;
        Kind = kind;
        Applies = applies;
        Completed = completed;
        PublishedDeadline = publishedDeadline;
        ExtendedDeadline = extendedDeadline;
        ExtensionGrantedAt = extensionGrantedAt;
        HostilitiesEnded = hostilitiesEnded;
        Source = source;
        Note = note;
    }

    public Iso3 Iso3 { get; }

    public ObligationKind Kind { get; }

    public bool Applies { get; }

    public ReportedDate? Completed { get; }

    public DateOnly? PublishedDeadline { get; }

    public DateOnly? ExtendedDeadline { get; }

    public string? ExtensionGrantedAt { get; }

    public DateOnly? HostilitiesEnded { get; }

    public Source Source { get; }

    public string? Note { get; }
}

/// <summary>An Art. 7 report the depositary received, as a source records it (article7_reports.csv).</summary>
/// <param name="YearCovered">The calendar year the source says the report covers, if it says.</param>
public sealed record Article7Report(Iso3 Iso3, ReportKind Kind, int? YearCovered, DateOnly SubmittedOn, Source Source)
{
    public ObligationKind Obligation => Kind == ReportKind.Initial ? ObligationKind.InitialReport : ObligationKind.AnnualReport;

    /// <summary>For an annual report, the year it covers: as the source says, else per <see cref="Article7.YearCoveredWhenSubmitted"/>.</summary>
    public int? AnnualYear => Kind == ReportKind.Annual ? YearCovered ?? Article7.YearCoveredWhenSubmitted(SubmittedOn) : null;
}

public enum ReportKind
{
    Initial,
    Annual,
}

/// <summary>
/// A fact a person added or corrected, with its source: kept apart from the reference data (which a reload
/// replaces) and applied after it, later additions over earlier ones, field by field.
/// </summary>
/// <param name="YearCovered">Annual reports only: the calendar year the report covers.</param>
public sealed record ObligationUpdate
{
    public ObligationUpdate(
        Iso3 iso3,
        ObligationKind kind,
        int? yearCovered,
        ReportedDate? completed,
        DateOnly? extendedDeadline,
        string? extensionGrantedAt,
        DateOnly? publishedDeadline,
        Source source,
        string? note)
    {
        if ((kind == ObligationKind.AnnualReport) != (yearCovered is not null))
        {
            throw kind == ObligationKind.AnnualReport
                ? new BanwatchException(FailureKind.Invalid, $"an annual report needs the calendar year it covers ({new Field("year")})")
                : new BanwatchException(FailureKind.Invalid, $"{new Field("year")} applies to annual reports only, not to {WireName.Of(kind)}");
        }

        if (!ObligationKinds.IsExtendable(kind) && (extendedDeadline is not null || extensionGrantedAt is not null))
        {
            throw new BanwatchException(FailureKind.Invalid, $"{WireName.Of(kind)} has no extensions: only Art. 3 and Art. 4 deadlines can be extended");
        }

        if (extensionGrantedAt is not null && extendedDeadline is null)
        {
            throw new BanwatchException(FailureKind.Invalid, $"{new Field("granted_at")} needs {new Field("extended_deadline")}, the deadline the meeting granted");
        }

        if (completed is null && extendedDeadline is null && publishedDeadline is null)
        {
            throw new BanwatchException(FailureKind.Invalid, $"nothing to add: give {new Field("completed")}, {new Field("extended_deadline")} or {new Field("published_deadline")}");
        }

        Iso3 = iso3;
        Kind = kind;
        YearCovered = yearCovered;
        Completed = completed;
        ExtendedDeadline = extendedDeadline;
        ExtensionGrantedAt = extensionGrantedAt;
        PublishedDeadline = publishedDeadline;
        Source = source;
        Note = note;
    }

    public Iso3 Iso3 { get; }

    public ObligationKind Kind { get; }

    public int? YearCovered { get; }

    public ReportedDate? Completed { get; }

    public DateOnly? ExtendedDeadline { get; }

    public string? ExtensionGrantedAt { get; }

    public DateOnly? PublishedDeadline { get; }

    public Source Source { get; }

    public string? Note { get; }
}
