using Banwatch.Core.States;

namespace Banwatch.Core.Intake;

/// <summary>A state named in the text. <see cref="Span"/> covers the name as written; <see cref="Sentence"/> is its evidence.</summary>
public sealed record Mention(Iso3 State, TextSpan Span, AliasKind Kind, TextSpan Sentence);

/// <summary>A count the text reports ("67 states", "82 of the 122"): the number, what it counts, and the event if named.</summary>
public sealed record Figure(int Value, FigureWhat What, Process.Qualifier Qualifier, string? Event, TextSpan Span, TextSpan Sentence);

public enum FigureWhat
{
    StatesAttending,
    StatesEndorsing,
    StatesSigning,
    StatesRatifying,
    StatesParties,
    Signatories,
    StatesSupportingBan,
    StatesJoinedProcess,
    Other,
}

/// <summary>A fact about one state: the state is the actor, and the text states it as done or as announced by it.</summary>
/// <param name="Cue">The words that made it this kind of fact ("co-chaired", "announced a moratorium").</param>
/// <param name="About">The meeting, declaration, date and amount it concerns, filled in by <see cref="FactContextStep"/>.</param>
/// <param name="Also">The document's other sentences stating the same fact, in text order (<see cref="FactMergeStep"/>); null when there are none.</param>
/// <param name="LearnedScore">
/// The learned model's score (0–1) when it proposed the fact (<see cref="Learned.FactModelStep"/>); null when the rules
/// found it. A person reviewing weighs a guess from how reports usually read apart from a cue the rules matched.
/// </param>
public sealed record Fact(
    FactKind Kind, Iso3 State, TextSpan Sentence, TextSpan Mention, TextSpan Cue, PositionIssue? Issue = null, Stance? Stance = null, FactContext? About = null, IReadOnlyList<FactPlace>? Also = null,
    double? LearnedScore = null);

/// <summary>What the extractor found in one document, every item with offsets into its text.</summary>
public sealed record Extraction(TextDocument Document, IReadOnlyList<TextSpan> Sentences, IReadOnlyList<Mention> Mentions, IReadOnlyList<Figure> Figures, IReadOnlyList<Fact> Facts);
