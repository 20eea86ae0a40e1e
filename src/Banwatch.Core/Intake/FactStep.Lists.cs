using Banwatch.Core.Intake.FactRules;

namespace Banwatch.Core.Intake;

public sealed partial class FactStep
{
    /// <summary>
    /// The list the sentences being read are in, if any: the acts its introduction states ("The following States
    /// signed:"), which its items take, and how it goes on past headings, row fragments and announcements.
    /// </summary>
    private sealed class ListState
    {
        private List<(FactRule Rule, TextSpan Cue)>? _outer; // the introduction over the headings that split its list
        private List<(FactRule Rule, TextSpan Cue)>? _announced; // a list announced "below", until its first item
        private int _announcedFor; // sentences the announced list may still wait
        private int _items; // items read since the introduction

        /// <summary>The acts the next item takes; null outside a list.</summary>
        public List<(FactRule Rule, TextSpan Cue)>? Intro { get; private set; }

        /// <summary>Inside a list, or between its parts (under a heading that has not yet gone back to it).</summary>
        public bool IsOpen => Intro is not null || _outer is not null;

        /// <summary>A list of those who took part, and of nothing else, whose parts may be headed by status.</summary>
        public bool Attends => _outer is { Count: > 0 } outer && outer.TrueForAll(a => a.Rule.Kind == FactKind.Attended);

        /// <summary>A sentence is read: an announced list that has not begun waits one sentence less.</summary>
        public void NextSentence()
        {
            if (_announced is not null && --_announcedFor < 0)
            {
                _announced = null;
            }
        }

        /// <summary>
        /// A list announced "below" may come a few sentences on ("... 92 States had signed, listed below by region.
        /// Norway signed first."): until it does, its first names, or a heading over them, would begin it.
        /// </summary>
        public bool Awaited => Intro is null && _announced is not null;

        /// <summary>The announced list begins: its names take the announcement's acts.</summary>
        public void Begin()
        {
            Intro = _outer = _announced;
            _items = 0;
        }

        /// <summary>
        /// Counts an item, or returns the introduction a sentence that is not one goes on from: a heading that introduced
        /// no item yet goes on into the sentence under it ("States Parties still clearing" over "The following continue
        /// survey and clearance: ..."), both stating the list's acts.
        /// </summary>
        public List<(FactRule Rule, TextSpan Cue)>? Read(bool isItem)
        {
            if (isItem)
            {
                _items++;
                _announced = null;
                return null;
            }

            return Intro is not null && _items == 0 ? Intro : null;
        }

        /// <summary>"AFRICA (34)", "(b) Other States": a heading without an act of its own goes back to the list's introduction.</summary>
        public void Subheading() => Intro = _outer;

        /// <summary>
        /// A sentence that is neither an item nor a bare heading ends the list; a titled heading with an act of its own
        /// ("(a) Signatory States") opens a part of it, not another list.
        /// </summary>
        public void Interrupt(bool titled)
        {
            Intro = null;
            _outer = titled ? _outer : null;
        }

        /// <summary>
        /// An introduction opens a list; an announced one ("listed below") waits a few sentences for it. A titled heading
        /// opens a part of the list it is in, or, in none, a list whose group labels go back to it ("SIGNATORIES BY
        /// REGION" over "Africa" over names).
        /// </summary>
        public void Open(List<(FactRule Rule, TextSpan Cue)> acts, bool announced, bool titled)
        {
            Intro = acts;
            _items = 0;
            (_announced, _announcedFor) = announced ? (acts, AnnouncedReach) : (null, 0);
            _outer = titled && _outer is not null ? _outer : acts;
        }

        /// <summary>"82 States had subscribed to the Declaration. They include the following:": the acts of the sentence before.</summary>
        public void PointBack(List<(FactRule Rule, TextSpan Cue)> acts) => Intro = _outer = acts.Count > 0 ? acts : Intro;
    }

    /// <summary>How many sentences after it a list announced "below" may begin.</summary>
    private const int AnnouncedReach = 4;
}
