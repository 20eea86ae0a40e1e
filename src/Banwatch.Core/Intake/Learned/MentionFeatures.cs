using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Banwatch.Core.Intake.FactRules;

namespace Banwatch.Core.Intake.Learned;

/// <summary>
/// What the learned fact model sees of one mention: the words beside it and around the list it stands in, the rules'
/// cues by the side they stand on, the cues of a line ending in ":" above it, and a few facts about its sentence, with
/// every state name replaced by a placeholder. Names are never features, so what the model learns is how reports speak
/// about states, not which states they speak about. (The sentence's other words as a bag made the model worse.)
/// </summary>
public static partial class MentionFeatures
{
    private const int Window = 5;
    private const int StemLength = 6;
    private const string OtherState = "<state>";
    private const int CueReach = 60;
    private const int ItemWords = 12;

    /// <summary>Where a cue stands from a name or list; each with its features' names made once.</summary>
    private enum Side
    {
        Sentence,
        Left,
        FarLeft,
        Within,
        Right,
        FarRight,
        NearestLeft,
        NearestRight,
    }

    private static readonly string[][] SideNames = [.. new[] { "cue", "cueL", "cueL+", "cueIn", "cueR", "cueR+", "nearL", "nearR" }
        .Select(side => Enum.GetValues<FactKind>().Select(k => $"{side}:{IntakeNames.Of(k)}").ToArray())];

    private static string Named(Side side, FactKind kind) => SideNames[(int)side][(int)kind];

    private static readonly HashSet<string> Negations = ["not", "no", "never", "neither", "nor", "yet", "without", "refuse", "declin", "failed", "fails"];

    private static bool IsNegation(string word) => Negations.Contains(word) || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal);

    /// <summary>The features of each mention, in the order of <paramref name="mentions"/>.</summary>
    public static string[][] Of(string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions)
    {
        var result = new string[mentions.Count][];
        ForEach(text, sentences, mentions, (i, features) => result[i] = [.. features.Distinct()]);
        return result;
    }

    /// <summary>
    /// Hands each mention's features to <paramref name="each"/> (with the mention's index), one sentence at a time,
    /// so that a caller that only scores them never holds a long document's features at once. The list is reused for
    /// the next mention and may name a feature twice.
    /// </summary>
    /// <param name="found">The cues already found in some sentences (the fact step's); the others are found here.</param>
    public static void ForEach(
        string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, Action<int, List<string>> each, IReadOnlyDictionary<TextSpan, CueMatch[]>? found = null)
    {
        IReadOnlyList<CueMatch> CuesOf(TextSpan sentence)
        {
            if (found is not null && found.TryGetValue(sentence, out var known))
            {
                return known;
            }

            var cues = new List<CueMatch>();
            FactStep.Cues.Find(text.AsSpan(sentence.Start, sentence.Length), cues);
            return cues;
        }

        var intros = Intros(text, sentences, mentions, CuesOf);
        var features = new List<string>();
        var first = mentions.Count == 0 ? default : mentions.Min(m => m.Sentence.Start);
        var meetingReport = MeetingReferences.In(text.AsSpan(0, Math.Min(text.Length, 400)));
        foreach (var group in mentions.Select((m, i) => (m, i)).GroupBy(x => x.m.Sentence))
        {
            var inSentence = group.OrderBy(x => x.m.Span.Start).ToList();
            var spans = inSentence.Select(x => x.m.Span).ToList();
            var (tokens, tokenOf) = Tokens(text, group.Key, spans);
            var runs = ListRuns(text, spans);
            var stateCount = inSentence.Select(x => x.m.State).Distinct().Count();
            var sentence = text.AsSpan(group.Key.Start, group.Key.Length);
            var sides = new CueSides(CuesOf(group.Key));

            // What every mention of the sentence shares.
            var shared = new List<string> { stateCount switch { 1 => "ns:1", <= 3 => "ns:2-3", _ => "ns:4+" } };
            shared.AddRange(sides.Kinds.Select(k => Named(Side.Sentence, k)));
            if (intros.TryGetValue(group.Key, out var intro))
            {
                shared.AddRange(intro);
            }

            if (MeetingReferences.In(sentence))
            {
                shared.Add("meeting:s");
            }

            if (tokens.Any(t => t.Negation))
            {
                shared.Add("neg:s");
            }

            if (group.Key.Start == first)
            {
                shared.Add("first-sentence");
            }

            if (meetingReport)
            {
                shared.Add("meeting:doc");
            }

            for (var k = 0; k < inSentence.Count; k++)
            {
                features.Clear();
                features.AddRange(shared);
                Around(tokens, tokenOf[k], tokenOf[k], list: false, features);
                var run = runs[k];
                var runSize = run.Last - run.First + 1;
                features.Add(runSize switch { 1 => "list:1", <= 3 => "list:2-3", _ => "list:4+" });
                if (runSize > 1)
                {
                    Around(tokens, tokenOf[run.First], tokenOf[run.Last], list: true, features);
                }

                // The rules' cues, by side: near the list the mention stands in, or further off in its sentence.
                sides.Add(spans[run.First].Start - group.Key.Start, spans[run.Last].End - group.Key.Start, features);
                each(inSentence[k].i, features);
            }
        }
    }

    /// <summary>
    /// For sentences that are items of a list a line ending in a colon introduced ("The following signed:" then one
    /// line per state, or "AFRICA (34): Angola, Benin, ..." per region), the cues of that line, as "intro:" features.
    /// An item is short once the names in it are left out, however many names it lists.
    /// </summary>
    private static Dictionary<TextSpan, List<string>> Intros(
        string text, IReadOnlyList<TextSpan> sentences, IReadOnlyList<Mention> mentions, Func<TextSpan, IReadOnlyList<CueMatch>> cuesOf)
    {
        ILookup<TextSpan, TextSpan>? names = null; // only a document with an introduction needs it
        var result = new Dictionary<TextSpan, List<string>>();
        List<string>? intro = null;
        foreach (var sentence in sentences)
        {
            var span = text.AsSpan(sentence.Start, sentence.Length).TrimEnd();
            if (intro is not null && WordsBesideNames(span, sentence.Start, (names ??= mentions.ToLookup(m => m.Sentence, m => m.Span))[sentence]) <= ItemWords)
            {
                result[sentence] = intro;
                continue;
            }

            intro = null;
            if (span.EndsWith(":"))
            {
                intro = [.. cuesOf(sentence).Select(c => $"intro:{IntakeNames.Of(c.Rule.Kind)}").Distinct(), "intro"];
            }
        }

        return result;
    }

    /// <summary>The words of <paramref name="sentence"/> (which starts at <paramref name="start"/>) outside the names in it.</summary>
    /// <param name="names">The names' spans, in text order: words and names are walked together, once.</param>
    private static int WordsBesideNames(ReadOnlySpan<char> sentence, int start, IEnumerable<TextSpan> names)
    {
        using var name = names.GetEnumerator();
        var inName = name.MoveNext();
        var count = 0;
        foreach (var word in Word().EnumerateMatches(sentence))
        {
            var at = start + word.Index;
            while (inName && name.Current.End <= at)
            {
                inName = name.MoveNext();
            }

            if (!inName || at < name.Current.Start)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>The words before and after the tokens [from, to]: the nearest alone, the rest as a bag.</summary>
    /// <param name="list">Whether [from, to] is a list of names (features "L…") rather than one name.</param>
    private static void Around(List<Token> tokens, int from, int to, bool list, List<string> features)
    {
        if (from < 0 || to < 0)
        {
            return;
        }

        var slot = list ? 4 : 0;
        for (var d = 1; d <= Window; d++)
        {
            if (from - d >= 0)
            {
                var token = tokens[from - d];
                features.Add(token.Named(slot));
                if (d == 1)
                {
                    features.Add(token.Named(slot + 1));
                }

                if (token.Negation)
                {
                    features.Add(list ? "Lneg:l" : "neg:l");
                }
            }

            if (to + d < tokens.Count)
            {
                var token = tokens[to + d];
                features.Add(token.Named(slot + 2));
                if (d == 1)
                {
                    features.Add(token.Named(slot + 3));
                }

                if (token.Negation)
                {
                    features.Add(list ? "Lneg:r" : "neg:r");
                }
            }
        }
    }

    private static readonly string[] Slots = ["l:", "l1:", "r:", "r1:", "Ll:", "Ll1:", "Lr:", "Lr1:"];

    /// <summary>
    /// A word as the model sees it, with its features' names made once. Words recur across sentences and documents, so
    /// each is made once per process (up to <see cref="MaxTokens"/> words) rather than once per occurrence.
    /// </summary>
    private sealed class Token(string word)
    {
        private static readonly ConcurrentDictionary<string, Token> Known = new(StringComparer.Ordinal);
        private static readonly ConcurrentDictionary<string, Token>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

        public static readonly Token State = new(OtherState);

        private readonly string?[] _named = new string?[Slots.Length];

        public string Word { get; } = word;

        public bool Negation { get; } = IsNegation(word);

        // Benign race: two threads may each make the same name; either is kept.
        public string Named(int slot) => _named[slot] ??= Slots[slot] + Word;

        /// <summary>The token of a word of the text: lower case, cut to its stem; numbers as "&lt;year&gt;" or "&lt;num&gt;".</summary>
        public static Token Of(ReadOnlySpan<char> word)
        {
            if (char.IsDigit(word[0]))
            {
                return Stem(word.Length == 4 ? "<year>" : "<num>");
            }

            // Lower-cased one character past the stem, so a pair of surrogates cut at the stem is lower-cased as a pair.
            Span<char> lower = stackalloc char[StemLength + 1];
            var length = word[..Math.Min(word.Length, StemLength + 1)].ToLowerInvariant(lower);
            return Stem(lower[..Math.Min(length, StemLength)]);
        }

        private static Token Stem(ReadOnlySpan<char> stem)
        {
            if (KnownBySpan.TryGetValue(stem, out var known))
            {
                return known;
            }

            // Counted without locking the dictionary (its Count takes every lock): a race may keep a few more.
            var token = new Token(stem.ToString());
            if (Volatile.Read(ref _kept) >= MaxTokens)
            {
                return token;
            }

            Interlocked.Increment(ref _kept);
            return Known.GetOrAdd(token.Word, token);
        }

        private static int _kept;
    }

    /// <summary>Enough for every stem of a large corpus; beyond it a word's token is made for the occurrence.</summary>
    private const int MaxTokens = 100_000;

    /// <summary>
    /// The sentence as words (stemmed by truncation) and some punctuation; each mention is one token,
    /// <see cref="OtherState"/>, whose index is kept in the second list.
    /// </summary>
    private static (List<Token> Tokens, int[] TokenOf) Tokens(string text, TextSpan sentence, List<TextSpan> spans)
    {
        var tokens = new List<Token>();
        var tokenOf = new int[spans.Count];
        Array.Fill(tokenOf, -1);
        var next = 0;
        foreach (var m in Word().EnumerateMatches(text.AsSpan(sentence.Start, sentence.Length)))
        {
            var start = sentence.Start + m.Index;
            while (next < spans.Count && spans[next].End <= start)
            {
                next++;
            }

            if (next < spans.Count && spans[next].Start <= start)
            {
                if (tokenOf[next] < 0)
                {
                    tokenOf[next] = tokens.Count;
                    tokens.Add(Token.State);
                }

                continue;
            }

            tokens.Add(Token.Of(text.AsSpan(start, m.Length)));
        }

        return (tokens, tokenOf);
    }

    private readonly record struct Run(int First, int Last);

    /// <summary>For each mention, the run of mentions it is listed with: joined only by commas, "and", "or", bullets or asides in brackets.</summary>
    private static Run[] ListRuns(string text, List<TextSpan> spans)
    {
        var runs = new Run[spans.Count];
        var first = 0;
        for (var k = 0; k < spans.Count; k++)
        {
            if (k > 0 && !Joiner().IsMatch(Bracketed().Replace(text[spans[k - 1].End..Math.Max(spans[k - 1].End, spans[k].Start)], "")))
            {
                first = k;
            }

            runs[k] = new Run(first, k);
        }

        for (var k = spans.Count - 1; k >= 0; k--)
        {
            runs[k] = runs[k] with { Last = k + 1 < spans.Count && runs[k + 1].First == runs[k].First ? runs[k + 1].Last : k };
        }

        return runs;
    }

    /// <summary>
    /// Where a sentence's cues of each kind stand, sorted, so that the sides of a list are found by binary search:
    /// a sentence with many names and many cues costs the product of neither.
    /// </summary>
    private sealed class CueSides
    {
        private readonly Dictionary<FactKind, (int[] Starts, int[] Ends)> _byKind;

        public CueSides(IReadOnlyList<CueMatch> cues) =>
            _byKind = cues.GroupBy(c => c.Rule.Kind).ToDictionary(
                g => g.Key,
                g => (g.Select(c => c.Index).Order().ToArray(), g.Select(c => c.End).Order().ToArray()));

        public IEnumerable<FactKind> Kinds => _byKind.Keys.Order();

        /// <summary>For each kind: cues ending before <paramref name="from"/> (near or far), after <paramref name="to"/>, or overlapping.</summary>
        public void Add(int from, int to, List<string> features)
        {
            (int Distance, FactKind Kind)? left = null, right = null;
            foreach (var (kind, (starts, ends)) in _byKind)
            {
                var endedBefore = UpTo(ends, from);
                if (endedBefore > 0 && (left is null || from - ends[endedBefore - 1] < left.Value.Distance))
                {
                    left = (from - ends[endedBefore - 1], kind);
                }

                var startedBefore = UpTo(starts, to - 1);
                if (startedBefore < starts.Length && (right is null || starts[startedBefore] - to < right.Value.Distance))
                {
                    right = (starts[startedBefore] - to, kind);
                }

                if (endedBefore > UpTo(ends, from - CueReach))
                {
                    features.Add(Named(Side.Left, kind));
                }

                if (UpTo(ends, from - CueReach) > 0)
                {
                    features.Add(Named(Side.FarLeft, kind));
                }

                if (UpTo(starts, to - 1) > endedBefore)
                {
                    features.Add(Named(Side.Within, kind));
                }

                if (UpTo(starts, to + CueReach - 1) > UpTo(starts, to - 1))
                {
                    features.Add(Named(Side.Right, kind));
                }

                if (starts.Length > UpTo(starts, to + CueReach - 1))
                {
                    features.Add(Named(Side.FarRight, kind));
                }
            }

            // The nearest cue on each side: of two cues around a name, the nearer one is usually its own.
            if (left is { } l)
            {
                features.Add(Named(Side.NearestLeft, l.Kind));
            }

            if (right is { } r)
            {
                features.Add(Named(Side.NearestRight, r.Kind));
            }
        }

        /// <summary>How many of the sorted <paramref name="values"/> are at most <paramref name="limit"/>.</summary>
        private static int UpTo(int[] values, int limit)
        {
            var i = Array.BinarySearch(values, limit + 1);
            i = i < 0 ? ~i : i;
            while (i > 0 && values[i - 1] > limit)
            {
                i--;
            }

            while (i < values.Length && values[i] <= limit)
            {
                i++;
            }

            return i;
        }
    }

    [GeneratedRegex(@"\p{L}[\p{L}'’]*|\d+|[:;()]")]
    private static partial Regex Word();

    [GeneratedRegex(@"^[\s,;•·*\-–—]*(?:(?:and|or|as well as)[\s,;•·*\-–—]*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Joiner();

    [GeneratedRegex(@"\([^()]{0,60}\)")]
    private static partial Regex Bracketed();
}
