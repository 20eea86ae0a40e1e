namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>stockpile-destroyed</c>: the state finished destroying its stockpile (completion must be stated).</summary>
public static class StockpileDestroyed
{
    public static FactRule Rule { get; } = new(FactKind.StockpileDestroyed, Cue);

    /// <summary>A share of the stockpile, not all of it: "half of", "most of", "40% of".</summary>
    internal const string Share = @"(?:\b(?:half|part|most|some|much|portion|share|bulk|majority|percent|cent|thirds?|quarters?)|%)\s+of\s+";

    private const string Cue =
        $$"""
        \G {{FactRule.NotYet}}
        (?:
            (?:completed|finished|concluded|completion\s+of|completing|finishing|concluding) \s+ (?:the\s+|its\s+|their\s+)?
            (?: (?:destruction\s+of|destroying) \s+ (?:its\s+|their\s+|all\s+)? (?:own\s+)? (?:[\w-]+\s+){0,2}? (?:stockpiles?|stocks?|cluster\s+munitions)
              | stockpile \s+ destruction ) \b                   # "completed the destruction of its own stockpile"
          | (?:completed|finished|concluded|finishing|completing) \s+ (?:its\s+|their\s+)? (?:own\s+)? destruction \b (?! \s+ of \b )
                                                                 # "Spain, which completed destruction in 2009", "Italy completed its own destruction"
          | (?:completed|finished) \s+ destroying \s+ (?:them|all\s+of\s+them|theirs|its\s+own|(?:its|their)\s+(?:own\s+)?(?:stockpiles?|stocks?|cluster\s+munitions)) \b
                                                                 # "the UK ... finished destroying them in 2013", "finished destroying their stockpile",
                                                                 # "Spain, Botswana and Croatia finished destroying theirs in 2018"
          | eliminated \s+ (?:its|their|all\s+(?:of\s+)?(?:its|their|the)) \s+ (?:entire\s+|whole\s+|last\s+|remaining\s+)? (?:stockpiled\s+)? (?:stockpiles?|stocks?|cluster\s+munitions) \b
                                                                 # "the Ivorian army eliminated its entire stockpile"
          | (?<= {{FactRule.NoteStart}} (?:stockpile\s+)? ) destruction \s+ (?:completed|finished) \b (?! \s+ by \b )
          | (?<= {{FactRule.NoteStart}} (?:all\s+)? ) (?:stocks?|stockpiles?) \s+ (?:destroyed|eliminated) \b (?! \s+ by \b )
                                                                 # a note's "Denmark: destruction completed on 20 March", a table
                                                                 # cell's "stocks destroyed in February 2013"
          | destruction \s+ (?:of\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:stockpiles?|stocks?)\s+)? (?:was|is|had\s+been|has\s+been) \s+ (?:complete|completed|finished) \b (?! \s+ by \b )
                                                                 # "told the meeting that the destruction of its stockpile had been finished in July"
          | (?:its|their|the) \s+ last \s+ (?:[\w-]+\s+){0,2}? (?:stocks?|stockpiles?|lots?|(?:cluster\s+)?munitions|submunitions?) \s+ (?:(?:had|has|have) \s+ been|were|was) \s+ destroyed \b
                                                                 # "announced that its last stocks had been destroyed", "The last munitions
                                                                 # were destroyed in June 2023"
          | destroyed \s+ (?:every|each) \s+ cluster \s+ munition \b (?! [^.;]{0,40} \b (?:kept|retained|research|training) \b )
                                                                 # "have destroyed every cluster munition they held", not those kept for training
          | (?<= \b (?:stockpile\s+)? destruction \s+ (?:had|has|was|have)\s+ (?:been\s+)? ) (?:completed|finished) \s+ by \b
                                                                 # "destruction had been completed by most holders, among them ..."
          | (?:met|fulfilled|completed|discharged) \s+ (?:its|their) \s+ (?:article|art\.?) \s* 3 \s+ (?:\(\d\)\s+)? obligations? \b
          | destroyed \s+ (?:its|their|all\s+(?:of\s+)?(?:its|their|the)|the\s+(?:whole|entirety)\s+of\s+(?:its|their)) \s+ (?:entire\s+|last\s+|remaining\s+|whole\s+|own\s+)? (?:stockpiled\s+)?
            (?:stockpiles?|stocks?|cluster\s+munitions) \b       # "destroyed its entire stockpile", "destroyed all the cluster munitions they held", "all its
                                                                 # stockpiled cluster munitions", "its own stockpile", "the whole of their stockpiles"
          | (?<= \b (?:stocks|stockpiles?) \b [^.;]{0,120}? ) destroyed \s+ (?:them|all\s+of\s+them) \b
                                                                 # "Of the states that declared stockpiles, most have destroyed them"
          | (?<! \b (?:{{FactRule.Modal}}) \s+ ) declar (?:ed|e|es|ing) \s+ (?:its|their) \s+ (?:own\s+)? (?:(?:stockpiles?|stocks) \s+ (?:gone|destroyed|eliminated) | (?:stockpile\s+)? destruction \s+ (?:finished|complete|completed)) \b
                                                                 # "have also declared their stockpiles gone", "used the conference to
                                                                 # declare its own destruction finished"; not "can declare"
          | destroyed \s+ (?:its|their|the) \s+ (?:very\s+)? (?:last|final) \s+ (?:[\w-]+\s+)? (?:munitions|bombs|shells|rockets|stocks?|stockpiles?) \b
                                                                 # "Spain destroyed its last munitions at the end of July 2018", "Switzerland has
                                                                 # destroyed the last cluster munitions held by its armed forces", "the
                                                                 # Peruvian army destroyed the last stocks"
          | (?<! \b (?:{{FactRule.Modal}}) \s+ (?:[\w-]+\s+){0,2}? ) (?:the\s+|its\s+|their\s+)? (?:last|final) \s+ (?:of\s+(?:its|their|the)\s+)? (?:[\w-]+\s+)?
            (?:stockpiles?|stocks?|cluster\s+munitions|submunitions|holdings) \s+ (?:destroyed|eliminated) \b
                                                                 # a note's "Netherlands: last cluster munitions destroyed in February",
                                                                 # "Spain notified the last of its stocks destroyed"
          | destroyed \s+ the \s+ (?:last|remainder|rest) \s+ of \s+ (?:its|their|the) \s+ (?:[\w-]+\s+)? (?:stockpiles?|stocks?|cluster\s+munitions|submunitions) \b
                                                                 # "announced that it had destroyed the last of its stocks"
          | (?<= \b (?:its|their) \s+ (?:[\w-]+\s+)? ) (?<! {{Share}} (?:its|their) \s+ (?:[\w-]+\s+)? ) (?:stockpiles?|stocks?) \s+ (?:were|was|are|is|had\s+been|have\s+been|has\s+been) \s+
            (?:all\s+|fully\s+|completely\s+|entirely\s+)? (?:gone|destroyed|eliminated) \b   # "reported that their stocks were gone",
                                                                 # "announced that its stockpile had been fully destroyed"
          | (?:have|has|had) \s+ no \s+ (?:[\w-]+\s+)? (?:stocks?|stockpiles?|cluster\s+munitions) \s+ (?:left|remaining) \b
                                                                 # "have reported that they have no stocks left"
        )
        """;
}
