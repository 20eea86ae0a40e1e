using System.Text.RegularExpressions;

namespace Banwatch.Core.Intake;

/// <summary>Which treaty issue a stance is about, and which way it leans, from the words of its sentence.</summary>
public static class Positions
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static readonly (Regex Words, PositionIssue Issue)[] Issues =
    [
        (new(@"\btransition(?:al)?\s+period", Options), PositionIssue.Transition),
        (new(@"\binter-?operab|\bjoint\s+(?:military\s+)?operations\b", Options), PositionIssue.Interoperability),
        // "with the single exception of Egypt" names no exemption
        (new(@"\bdefinition|\bexceptions?\b(?<!\b" + FactRules.Position.WithException + @")|\bexemptions?\b|\bself-?destruct|\bfailure\s+rates?|\breliab|\btechnical\s+(?:features|criteria)|\bexclusions?\b|\bsubmunitions?\s+(?:with|that)", Options), PositionIssue.DefinitionExemptions),
        (new(@"\bvictim|\bsurvivor", Options), PositionIssue.VictimAssistance),
        (new(@"\bstockpil|\bretention|\bretain", Options), PositionIssue.Stockpiles),
        (new(@"\bclearance|\bremnants|\bcontaminat", Options), PositionIssue.Clearance),
        (new(@"\bban\b|\btreaty|\bconvention\b|\bprocess\b|\bCCW\b|\bdeclaration|\bprohibit|\bwithdr|\bjoin|\b(?:sign|ratify|accede|participate|take\s+part)\b|\baccession\b", Options), PositionIssue.Process),
    ];

    private static readonly (Regex Words, Stance Stance)[] Stances =
    [
        // Renouncing an exemption backs the ban, though it names one: read before the exemption words below.
        (new(@"\b(?:would|will)\s+not\s+(?:seek|request|claim|need|ask\s+for|press\s+for)\b", Options), Stance.Support),
        (new(@"\boppos|\bagainst\b|\bresist|\bobject|\breject|\brefus(?:ed|es|ing|e)\s+to\b|\b(?:decided|chose)\s+not\s+to\b|\bdismiss|\bn[o'’]?t\s+agree\b|\bopposition|\bwithdr|\b(?:leave|leaves|leaving|quit|quits|quitting)\b|\b(?:would|will)\s+not\s+(?:sign|join|ratify|accede|participate|take\s+part)\b|\b(?:could|can|would|will|did|does|do)" + FactRules.Position.RefusalAdverb + @"\s*(?:not|n[o'’]?t)\s+(?:support|accept|back|endorse|associate|intend)\b|\bdissociat|\bno\s+(?:plans?|intention)\s+to\b|\brul(?:e|es|ed|ing)\s+out\b", Options), Stance.Oppose),
        (new(@"\bweaken|\bwater(?:ed)?\s+down|\bloophole|(?<!\b(?:no|without)\s+)\b(?:exceptions?|exemptions?)\b|\bexclusions?\b|\btransition(?:al)?\s+periods?|\binter-?operab|\bdelay|\bdilut", Options), Stance.Weaken),
        (new(@"\bstronger\b|\bstrengthen|\bbroad\s+definition|\bwithout\s+(?:exception|exemption)|\bno\s+(?:exceptions|exemptions)|\bgo\s+further|\bcondemn|\bunacceptable\b|\bnever\s+be\s+justified\b|\bnot\s+to\s+use\b|\bdiscourag", Options), Stance.Strengthen),
        (new(@"\bsupport|\bin\s+favou?r|\bback(?:ed|s)?\b|\bwelcom|\bchampion|\bcall(?:ed|s)?\s+for|\burg(?:ed|es|ing)\b|\brecommend(?:ed|s|ing)?\b|\bshared\b|\b(?:would|will)\s+(?:take\s+part|participate)\b", Options), Stance.Support),
    ];

    /// <summary>The first issue and the first stance whose words the sentence uses, in the order listed above.</summary>
    public static (PositionIssue? Issue, Stance? Stance) Classify(string sentence)
    {
        var issue = Issues.Where(i => i.Words.IsMatch(sentence)).Select(i => (PositionIssue?)i.Issue).FirstOrDefault() ?? PositionIssue.Other;
        var stance = Stances.Where(s => s.Words.IsMatch(sentence)).Select(s => (Stance?)s.Stance).FirstOrDefault();
        return (issue, stance);
    }
}
