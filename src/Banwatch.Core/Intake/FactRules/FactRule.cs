using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// One fact kind's cues: the words that make a clause state this kind of fact ("co-chaired", "announced a
/// moratorium"). The pattern starts with <c>\G</c> and is tried only where one of its <see cref="Anchors"/> starts a
/// word, so no rule scans a whole sentence; lookbehinds still see the words before the anchor. A rule is either a
/// verb ("signed", "co-chaired": its actors are the subject, a passive's agent or a list it introduces) or a role
/// (<see cref="IsRole"/>: "signatories", "States Parties", "core group": its members are the states named as that role,
/// "A and B are signatories", "Among the States Parties are A and B").
/// </summary>
public sealed class FactRule
{
    /// <summary>The options every cue file uses: cues are written across lines, one reading per line, with comments.</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.IgnorePatternWhitespace | RegexOptions.ExplicitCapture;

    /// <summary>Before a label that opens its line ("  Finished recently:", "- Destruction still under way:"): the
    /// sentence's or a line's start, then spaces and a bullet. For a cue's lookbehind.</summary>
    public const string LineStart = @"(?:^|\n)[\s\W]*";

    /// <summary>Where a note starts: a line, a label's colon or a table's column gap ("Denmark: destruction completed",
    /// "Sweden    25 April    destruction in progress"). For a cue's lookbehind.</summary>
    public const string NoteStart = @"(?:^|\n|:|[ \t]{2})[ \t]*";

    /// <summary>The modal verbs: before a cue they make its act possible or due, not done ("may sign", "must declare"). For a cue's lookbehind.</summary>
    public const string Modal = "can|could|may|might|must|shall|should|will|would";

    /// <summary>
    /// Before a verb in a chronology's present ("Ireland and Sierra Leone sign and ratify", "Australia and France argue
    /// for"): its subject just before it, and nothing that makes it not done (yet): a modal, "to", a negation, a relative
    /// pronoun (a generic "states that sign"), or a verb of letting, planning or hoping; nor a verb joined to a modal's or
    /// "to" ("to turn up and sign"). For a cue's lookbehind.
    /// </summary>
    public const string PresentAfterSubject =
        $@"(?<! \b (?:to|{Modal}|not|cannot|never|did|does|do|who|that|which|let|lets|allow|allows|permit|permits|invited|expected|plan|plans|intend|intends|hope|hopes|yet) \s+ (?:(?:also|not|still|even|first)\s+)? )
           (?<! \b (?:to|{Modal}) \s+ [\w-]+ \s+ (?:up\s+|in\s+|out\s+)? and \s+ )
           (?<= (?: \b (?-i:\p{{Lu}}) [\w'’-]* ,? | \b (?:and|states|countries|governments|nations|others) ) \s+ )";

    /// <summary>
    /// Before a cue of finishing, these say it is not finished yet: "is close to declaring itself free", "has nearly
    /// completed", "on the verge of completing". For a cue's lookbehind, right after its <c>\G</c>.
    /// </summary>
    public const string NotYet = @"(?<! \b (?:close|near) \s+ to \s+ | \b (?:nearly|almost) \s+ | \b verge \s+ of \s+ )";

    /// <summary>By anchor (in the order of <see cref="Anchors"/>), the part of the cue that can match where it starts.</summary>
    private readonly Regex[] _cues;

    /// <summary>By anchor, the texts a match starts with (<see cref="CueAnchors.Cue.Starts"/>): most places an anchor
    /// starts a word ("the", "for", "in") are not a cue, and checking the words after it is cheaper than running the part.</summary>
    private readonly string[][] _starts;

    /// <param name="cue">The pattern, with <see cref="Options"/>. It is interpreted, not source-generated: where an anchor
    /// starts a word, only the alternatives that can start with it are tried (<see cref="CueAnchors.ByAnchor"/>), and
    /// the generated code of all the cues was a third of what a run compiled before its first document (about a second
    /// of a CLI run's start-up). Trying every alternative at every anchor took half of the fact step's time.</param>
    /// <param name="present">Whether the act places its actor at the meeting its sentence is about (see <see cref="IsPresent"/>).</param>
    /// <param name="section">The part of a document the cue is read in; <see cref="Section.Any"/> for everywhere.</param>
    public FactRule(FactKind kind, [StringSyntax(StringSyntaxAttribute.Regex, Options)] string cue, bool role = false, bool present = true, Section section = Section.Any)
    {
        if (!cue.TrimStart().StartsWith(@"\G", StringComparison.Ordinal))
        {
            throw new ArgumentException($"the {kind} cue pattern must start with \\G: it is matched where an anchor was found");
        }

        Kind = kind;
        IsRole = role;
        IsPresent = present;
        ReadIn = section;
        Pattern = cue;
        var byAnchor = CueAnchors.Cues(cue);
        var parts = byAnchor.Select(b => b.Pattern).Distinct().ToDictionary(part => part, part => new Regex(part, Options));
        _cues = [.. byAnchor.Select(b => parts[b.Pattern])];
        _starts = [.. byAnchor.Select(b => b.Starts.ToArray())];
        Anchors = [.. byAnchor.Select(b => b.Anchor)];
    }

    public FactKind Kind { get; }

    /// <summary>The cue pattern as its file writes it, whole (<see cref="MatchAt"/> tries the part of it its anchor can start).</summary>
    public string Pattern { get; }

    /// <summary>The cue names a role or status the states named with it hold ("signatories"), not an act.</summary>
    public bool IsRole { get; }

    /// <summary>
    /// A state doing this in a sentence about a meeting took part in it ("Chile called for a ban at the conference");
    /// false for acts done from afar, such as aligning with another's statement.
    /// </summary>
    public bool IsPresent { get; }

    /// <summary>The part of a document the cue is read in: "Germany finished in 2015" says what it finished only under a heading.</summary>
    public Section ReadIn { get; }

    /// <summary>Words every match of the cue starts with (lower case), derived from the pattern.</summary>
    public IReadOnlyList<string> Anchors { get; }

    /// <summary>The length of the cue at <paramref name="at"/> in <paramref name="sentence"/>, or 0 if there is none.</summary>
    /// <param name="anchor">The index in <see cref="Anchors"/> of the anchor that starts a word at <paramref name="at"/>.</param>
    public int MatchAt(ReadOnlySpan<char> sentence, int at, int anchor)
    {
        if (!StartsAt(sentence, at, _starts[anchor]))
        {
            return 0;
        }

        foreach (var m in _cues[anchor].EnumerateMatches(sentence, at))
        {
            return m.Index == at ? m.Length : 0;
        }

        return 0;
    }

    private static bool StartsAt(ReadOnlySpan<char> sentence, int at, string[] starts)
    {
        foreach (var start in starts)
        {
            if (CueAnchors.StartsAt(sentence, at, start))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>What a part of a document is about, from its heading or, before any, from its title.</summary>
public enum Section
{
    /// <summary>Anything: a cue that says its own subject is read everywhere.</summary>
    Any,

    /// <summary>Stockpiles and their destruction (Article 3): "STOCKPILES", "Completed since the First Review Conference".</summary>
    Stockpiles,

    /// <summary>Clearance of contaminated land (Article 4): "CLEARANCE", "Land release".</summary>
    Clearance,
}
