using Banwatch.Core.States;

namespace Banwatch.Core.Campaigns;

/// <summary>
/// One stance a state took on an issue, with its evidence. <paramref name="Said"/> is the date the source gives
/// (stated, or the document's publication date) and may be unknown; <paramref name="Recorded"/> is when it entered
/// the record (a fact accepted in review, an entry added), always known.
/// </summary>
public sealed record Position(Iso3 Iso3, TreatyIssue Issue, PositionStance Stance, DateOnly? Said, DateOnly Recorded, PositionEvidence Evidence)
{
    /// <summary>The date the position counts from: the date said, or when unknown the day it was recorded.</summary>
    public DateOnly Effective => Said ?? Recorded;
}

public enum EvidenceKind
{
    /// <summary>A fact accepted from an ingested document: the sentence and its offsets in the text.</summary>
    Document,

    /// <summary>An entry a person added with a URL.</summary>
    Manual,
}

/// <summary>
/// Where a position comes from. For a document: its id, title and the evidence span [Start, End) with the sentence;
/// for a manual entry: the entry's id and its URL. <paramref name="Url"/> is the source's address where known.
/// </summary>
public sealed record PositionEvidence(EvidenceKind Kind, long Id, string Citation, string? Url, string? Sentence, long? DocumentId, int? Start, int? End, string? Note);
