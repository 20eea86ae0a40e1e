using System.Buffers;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;

namespace Banwatch.Core.Intake;

public sealed partial class FactStep
{
    /// <summary>
    /// Words that stand for states named before: "it", "the country", "its foreign ministry" and a speaker's "his country"
    /// for one, "they", "both (countries)" and "the two states" for several, "the latter" and "the former" for the last
    /// and first of a list just named. Only subjects are read this way: an "it" after a verb is usually the treaty.
    /// </summary>
    [GeneratedRegex(
        """
        (?: (?<= (?: ^ | [,;:(“"] | \b(?:and|but|that|as|so|because|since|while|when|although|where|after|before|which)\b ) \s* )
                                                                 # only where a subject starts: "it" after a verb is an object,
          | (?<= \s ) (?= (?:it|they) \s+ (?:(?:also|then|later|since|now|again|still|already|formally|finally|subsequently)\s+)*
                         (?:[a-z]+ed|has|have|had|did|does|took|became|made|gave|said|told|spoke|sought|went|began|held|led|won) \b ) )
                                                                 # or one followed by its verb ("At the Lima conference it argued")
        (?:
            (?<latter> the \s+ latter ) | (?<former> the \s+ former )
          | (?<one> it (?! \s+ (?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|seems|seemed|appears|appeared|remains)\b )
                                                                 # "it is my honour": "it" stands for nothing; "the country is
                                                                 # still clearing" stands for the state
            | (?:the|his|her) \s+ (?:country|government) (?: ['’]s (?= \s+ (?:own\s+)? (?:[\w-]+\s+)? (?:teams|operators?|deminers|authorities|authority|forces|army|military)\b ) )?
                                                                 # "Ould Ahmed (Mauritania) recalled that his country had", "the
                                                                 # country's own operator cleared"
            | its \s+ (?:[\w-]+\s+){0,2}? (?:ministry|minister|government|delegation|ambassador|parliament|cabinet|spokes(?:man|woman|person)) )
                                                                 # "Its foreign ministry said it condemned ...", "Its deputy prime minister
                                                                 # told": the state's own voice
          | (?<many> they | both (?: \s+ (?:countries|states(?!\s+part)|governments|nations) )? | the \s+ (?<count>two|three|four) \s+ (?:countries|states|governments|nations) )
        ) \b                                                     # "both States Parties" is a role, not "both states"
        (?! ['’]s\b | \s+ of \s+ (?:which|whom)\b )             # "it's time": "it" stands for nothing; "both of which" opens a
                                                                 # relative clause on the states before it
        """,
        Options | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture)]
    private static partial Regex Pronoun { get; }

    /// <summary>"Delivered by Ireland on behalf of the following States: ...": the states a statement speaks for.</summary>
    [GeneratedRegex(@"\bon\s+behalf\s+of\b", Options)]
    private static partial Regex OnBehalf { get; }

    /// <summary>Words without which a sentence cannot say whom a statement speaks for (<see cref="SpeaksFor"/>).</summary>
    private static readonly SearchValues<string> SpeakerStems = SearchValues.Create(["behalf", "statement", "undersigned", "below", "hereunder"], StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Who a joint statement speaks for: those named after "on behalf of", after "this statement is supported by" (made,
    /// endorsed, delivered, signed, co-sponsored, joined, issued, subscribed to), after "... have endorsed this
    /// statement:" or after "we, the undersigned" (or "we, the ministers of the States listed below", "... at the end of
    /// this statement"); the last such phrase of the sentence names them ("delivered by New Zealand on behalf of the
    /// following States: ...").
    /// </summary>
    [GeneratedRegex(@"\bon\s+behalf\s+of\b|\bstatement\s+(?:is|was|has\s+been)\s+(?:jointly\s+)?(?:made|supported|endorsed|delivered|signed|co-?sponsored|joined|issued|subscribed\s+to)\s+(?:jointly\s+)?by\b|\b(?:endorsed|signed|supported|joined|co-?sponsored|subscribed\s+to)\s+this\s+(?:joint\s+)?statement\b|(?<undersigned>\bwe,?\s+the\s+(?:undersigned\b|[^,;:.()]{1,80}?\b(?:listed|named)\s+(?:below|hereunder|at\s+the\s+end\s+of\s+this\s+(?:joint\s+)?(?:statement|text|letter|declaration))\b))", Options | RegexOptions.RightToLeft)]
    private static partial Regex SpeaksFor { get; }

    /// <summary>
    /// "We" as a subject ("We condemn any use", "... and we call on every State"), in a statement delivered on behalf of
    /// a list of states; not "we" after a verb or in a quotation's aside. Its apposition is part of it ("We, the States
    /// Parties listed below, condemn"), so the verb after is still its own.
    /// </summary>
    [GeneratedRegex(@"(?<=^[\s\d.()]*|[;:,(]\s*|\b(?:and|but|that|as|so|where|which)\s+)we\b(?:" + Position.WeApposition + @"(?=\s+\p{Ll}))?", Options)]
    private static partial Regex WeSubject { get; }

    /// <summary>
    /// "We, the undersigned" promises its names below, under a heading of their own: "Signatories (in alphabetical
    /// order):", "Subscribing States:", "Endorsed by:". Such a heading names who signed the statement, not the Convention.
    /// </summary>
    [GeneratedRegex(@"^[\W\d]*(?:list\s+of\s+)?(?:signatories|(?:signatory|subscribing|endorsing|supporting|sponsoring)\s+(?:states|countries|governments|delegations)|co-?sponsors|(?:signed|endorsed|supported|subscribed(?:\s+to)?|joined)\s+by)\b[^:\n]{0,60}:\s*$", Options)]
    private static partial Regex SpeakerHeading { get; }

    /// <summary>
    /// The states a joint statement is delivered for: those named after <see cref="SpeaksFor"/> in the first sentence that
    /// names two or more so ("on behalf of the Convention's membership" names none), or on the lines under it; after
    /// "we, the undersigned" with no names of its own, those under the first <see cref="SpeakerHeading"/> after it, which
    /// is returned as <paramref name="heading"/>.
    /// </summary>
    private static List<Mention> Speakers(ExtractionContext context, Dictionary<TextSpan, List<Mention>> bySentence, out TextSpan? heading)
    {
        heading = null;
        var undersigned = false;
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            var sentence = context.Sentences[i];
            var span = context.Text.AsSpan(sentence.Start, sentence.Length);
            var underHeading = undersigned && !bySentence.ContainsKey(sentence) && SpeakerHeading.IsMatch(span);
            var behalf = (underHeading || span.IndexOfAny(SpeakerStems) < 0) ? null : SpeaksFor.Match(context.Text, sentence.Start, sentence.Length);
            if (!underHeading && behalf is not { Success: true })
            {
                continue;
            }

            var group = (bySentence.GetValueOrDefault(sentence) ?? []).Where(m => m.Span.Start > (behalf?.Index ?? sentence.End)).ToList();
            var we = behalf?.Groups["undersigned"];
            if (we is { Success: true })
            {
                group = Apposed(context.Text, we.Index + we.Length, group);
            }

            if (group.Count == 0)
            {
                for (var j = i + 1; j < context.Sentences.Count && IsNameLine(context.Text, context.Sentences[j], bySentence); j++)
                {
                    group.AddRange(bySentence[context.Sentences[j]]);
                }
            }

            if (group.Count >= 2)
            {
                heading = underHeading ? sentence : null;
                return group;
            }

            undersigned |= we?.Success == true;
        }

        return [];
    }

    /// <summary>
    /// The states named in the apposition that starts at <paramref name="from"/> ("we, the undersigned States Parties -
    /// Chile, Ghana and Norway - mark"), up to the first lower-case word that is not "and", "the" or "of": after it, the
    /// sentence names what the statement is about ("We, the undersigned States, condemn the use ... in Ukraine").
    /// </summary>
    private static List<Mention> Apposed(string text, int from, List<Mention> after)
    {
        var apposed = new List<Mention>();
        foreach (var m in after)
        {
            if (!ApposedGap.IsMatch(text.AsSpan(from, m.Span.Start - from)))
            {
                break;
            }

            apposed.Add(m);
            from = m.Span.End;
        }

        return apposed;
    }

    /// <summary>What may stand between "we, the undersigned" and its names, and between the names: no predicate.</summary>
    [GeneratedRegex(@"^(?:[\s\p{P}]|\b(?:and|the|of)\b|\b\p{Lu}[\w.]*)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ApposedGap { get; }

    /// <summary>The sentence's mentions with each subject "we" standing for the statement's <paramref name="speakers"/>.</summary>
    private static List<Mention> WithSpeakers(string text, TextSpan sentence, List<Mention> named, List<Mention> speakers, HashSet<TextSpan> spokenFor)
    {
        List<Mention>? added = null;
        foreach (Match we in WeSubject.Matches(sentence.Of(text)))
        {
            var at = new TextSpan(sentence.Start + we.Index, sentence.Start + we.Index + we.Length);
            spokenFor.Add(at);
            (added ??= []).AddRange(speakers.DistinctBy(m => m.State).Select(m => m with { Span = at, Sentence = sentence }));
        }

        return added is null ? named : [.. named.Concat(added).OrderBy(m => m.Span.Start)];
    }

    private sealed partial class SentenceView
    {
        /// <summary>
        /// The sentence's mentions with its subject pronouns added, each standing for the states it refers back to:
        /// the subject of an earlier clause of the same sentence, else the subject of the sentence before.
        /// </summary>
        private static List<Mention> WithPronouns(string text, TextSpan span, List<Mention> named, SentenceView? previous)
        {
            List<Mention>? added = null;
            foreach (Match p in Pronoun.Matches(text))
            {
                if (named.Exists(m => m.Span.Start - span.Start <= p.Index && p.Index < m.Span.End - span.Start))
                {
                    continue;
                }

                if (p.Groups["latter"].Success || p.Groups["former"].Success)
                {
                    // "funding from Germany and the United States, the latter contributing US$1.3 million": the list's
                    // last (or first) state, whatever its part in the clause before.
                    if (ListBefore(text, span, named, p.Index) is { Count: >= 2 } list)
                    {
                        added ??= [];
                        var which = p.Groups["latter"].Success ? list[^1] : list[0];
                        added.Add(which with { Span = new TextSpan(span.Start + p.Index, span.Start + p.Index + p.Length), Sentence = span });
                    }

                    continue;
                }

                var plural = p.Groups["many"].Success;
                var count = p.Groups["count"].Success ? p.Groups["count"].Value switch { "two" => 2, "three" => 3, _ => 4 } : 0;
                // A pronoun refers back to the sentence before only as its subject ("Both countries have joined ..."); further
                // in, it refers within its own sentence ("Japan signed it in Oslo, and it deposited ...") or to no state.
                var antecedent = Antecedent(text, span, named, p.Index, plural, count)
                    ?? (SubjectPrefix.IsMatch(text.AsSpan(0, p.Index)) ? previous?.Subject : null);
                if (antecedent is null || antecedent.Count == 0 || (plural ? antecedent.Count < 2 : antecedent.Count != 1) || (count > 0 && antecedent.Count != count))
                {
                    continue;
                }

                added ??= [];
                var at = new TextSpan(span.Start + p.Index, span.Start + p.Index + p.Length);
                added.AddRange(antecedent.Select(a => a with { Span = at, Sentence = span }));
            }

            return added is null ? named : [.. named.Concat(added).OrderBy(m => m.Span.Start)];
        }

        /// <summary>The nearest list of states before <paramref name="pronoun"/> in this sentence, or null.</summary>
        private static List<Mention>? ListBefore(string text, TextSpan span, List<Mention> named, int pronoun)
        {
            var before = named.Where(m => m.Span.End - span.Start <= pronoun).ToList();
            var view = new SentenceView(text, span, before, pronouns: false, null);
            // The view's lists index its own mentions, which may hold more than those given ("everyone present").
            return view.Lists.Count == 0 ? null : view.Mentions[view.Lists[^1].First..(view.Lists[^1].Last + 1)];
        }

        /// <summary>
        /// The nearest list of states before the pronoun in this sentence that is not an object and fits it in number
        /// ("Thailand has named worries ..., although it has said ...", "Mozambique has announced that it has met ...").
        /// </summary>
        private static List<Mention>? Antecedent(string text, TextSpan span, List<Mention> named, int pronoun, bool plural, int count)
        {
            var before = named.Where(m => m.Span.End - span.Start <= pronoun).ToList();
            if (before.Count == 0)
            {
                return null;
            }

            var view = new SentenceView(text, span, before, pronouns: false, null);
            for (var l = view.Lists.Count - 1; l >= 0; l--)
            {
                var (first, last) = view.Lists[l];
                var size = last - first + 1;
                if (view.IsObject(0, view.Start(view.Mentions[first])))
                {
                    continue;
                }

                return (plural ? size >= 2 : size == 1) && (count == 0 || size == count) ? view.Mentions[first..(last + 1)] : null;
            }

            return null;
        }
    }
}
