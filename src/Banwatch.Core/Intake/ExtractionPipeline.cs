namespace Banwatch.Core.Intake;

/// <summary>One named step of extraction. Steps run in the order the pipeline lists them and share one context.</summary>
public interface IExtractionStep
{
    string Name { get; }

    void Run(ExtractionContext context);
}

/// <summary>What the steps read and fill in, for one document.</summary>
/// <param name="budget">The time and memory the document may take (none: unlimited); long steps check it as they go.</param>
public sealed class ExtractionContext(TextDocument document, ExtractionBudget? budget = null)
{
    public TextDocument Document { get; } = document;

    public ExtractionBudget Budget { get; } = budget ?? ExtractionBudget.Unlimited();

    public string Text => Document.Text;

    /// <summary>Every name the matcher found, in order, before they are read as mentions.</summary>
    public List<AliasMatch> Names { get; } = [];

    public List<TextSpan> Sentences { get; } = [];

    /// <summary>The tables written as plain text, found with the sentences (a table's rows are sentences of their own).</summary>
    public List<PlainTextTable> Tables { get; } = [];

    public List<Mention> Mentions { get; } = [];

    /// <summary>Names that fit several states, left by the mention step for disambiguation.</summary>
    public List<AliasMatch> AmbiguousNames { get; } = [];

    public List<Figure> Figures { get; } = [];

    public List<Fact> Facts { get; } = [];

    /// <summary>The cues the fact step found in each sentence it read, as found (the learned step reads them again).</summary>
    public Dictionary<TextSpan, FactRules.CueMatch[]> Cues { get; } = [];

    /// <summary>The sentence containing an offset (sentences are sorted and do not overlap).</summary>
    public TextSpan SentenceAt(int offset)
    {
        // The offset may fall in the space after the last sentence that starts before it.
        var i = InTextOrder.LastAtOrBefore(Sentences, offset, s => s.Start);
        return i >= 0 && offset < Sentences[i].End ? Sentences[i] : new TextSpan(offset, offset);
    }
}

/// <summary>
/// The extraction pipeline (Markdig's habit): a fixed list of named steps in a stated order, built in one place.
/// </summary>
public sealed class ExtractionPipeline(IReadOnlyList<IExtractionStep> steps)
{
    public IReadOnlyList<IExtractionStep> Steps { get; } = steps;

    /// <summary>
    /// The standard order. Names come first, so that no sentence ends inside one ("New\nZealand"). Sentences come
    /// next: every later item cites one as evidence. Mentions are then read from the names and disambiguated over the
    /// whole document (an ambiguous "Congo" needs the rest of the text). Figures need only sentences. Facts come
    /// last: they attach to the final mentions; what each is about (meeting, declaration, date, amount) is read after them,
    /// and then the facts that say the same thing about the same subject become one, with every sentence that says it.
    /// </summary>
    /// <param name="meetings">The record's events, to file a fact under the one its meeting names (none: as written only).</param>
    public static ExtractionPipeline Standard(StateVocabulary vocabulary, MeetingResolver? meetings = null, Learned.FactModel? model = null) => new(
    [
        new NameStep(vocabulary.Matcher),
        new SentenceStep(),
        new MentionStep(vocabulary.Matcher),
        new MentionDisambiguationStep(vocabulary.Matcher),
        new FigureStep(),
        new FactStep(keepCues: model is not null),
        .. model is null ? Array.Empty<IExtractionStep>() : [new Learned.FactModelStep(model)],
        new FactContextStep(meetings),
        new FactMergeStep(),
    ]);

    /// <summary>Mention detection alone: sentences are not needed to find names (the benchmark's first figure).</summary>
    public static ExtractionPipeline MentionsOnly(StateVocabulary vocabulary) => new(
    [
        new NameStep(vocabulary.Matcher),
        new MentionStep(vocabulary.Matcher),
        new MentionDisambiguationStep(vocabulary.Matcher),
    ]);

    /// <param name="budget">Stops the extraction between steps and within the long ones when it is spent (see <see cref="ExtractionBudget.Check"/>).</param>
    public Extraction Run(TextDocument document, ExtractionBudget? budget = null)
    {
        var context = new ExtractionContext(document, budget);
        foreach (var step in Steps)
        {
            context.Budget.Check();
            step.Run(context);
        }

        return new Extraction(document, context.Sentences, context.Mentions, context.Figures, context.Facts);
    }
}

public sealed class SentenceStep : IExtractionStep
{
    public string Name => "sentences";

    public void Run(ExtractionContext context)
    {
        context.Tables.AddRange(PlainTextTables.Find(context.Text));
        context.Sentences.AddRange(SentenceSplitter.Split(context.Text, context.Names, context.Tables));
    }
}
