using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Obligations;

/// <summary>One obligation of one State Party as it stood on a date, with every source behind it.</summary>
/// <param name="YearCovered">Annual reports: the calendar year the report covers.</param>
/// <param name="OriginalDeadline">Computed from entry into force (or the end of hostilities) by <paramref name="Rule"/>.</param>
/// <param name="ExtendedDeadline">The latest extension granted by that date, if any.</param>
/// <param name="OnTime">Whether the completion came by the deadline in force; null when not completed or when the source's month or year straddles the deadline.</param>
/// <param name="Published">A published original deadline that disagrees with the computed one, with its sources; null when none does.</param>
public sealed record Obligation(
    Iso3 Iso3,
    ObligationKind Kind,
    int? YearCovered,
    DateOnly EntryIntoForce,
    DateOnly OriginalDeadline,
    string Rule,
    DateOnly? ExtendedDeadline,
    string? ExtensionGrantedAt,
    ReportedDate? Completed,
    bool? OnTime,
    ObligationStatus Status,
    PublishedDeadline? Published,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Notes)
{
    public int Article => ObligationKinds.ArticleOf(Kind);

    /// <summary>The deadline in force: the extended one if an extension was granted, else the original.</summary>
    public DateOnly Deadline => ExtendedDeadline ?? OriginalDeadline;
}

/// <summary>An original deadline as a source published it.</summary>
public sealed record PublishedDeadline(DateOnly Date, IReadOnlyList<string> Sources);
