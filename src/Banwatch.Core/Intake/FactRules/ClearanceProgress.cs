namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>clearance-progress</c>: clearance under way or carried out, not finished (land cleared or released).</summary>
public static class ClearanceProgress
{
    public static FactRule Rule { get; } = new(FactKind.ClearanceProgress, Cue);

    /// <summary>Clearance under way in the states named after it: "Clearance is still under way in Lebanon and Iraq".</summary>
    public static FactRule Role { get; } = new(FactKind.ClearanceProgress, RoleCue, role: true);

    private const string Cue =
        """
        \G(?:
            (?:cleared|clearing|released) \s+ (?:(?:more\s+than|over|about|around|some|nearly|almost|roughly|approximately|at\s+least|a\s+further|another)\s+)? [\d,.]+
                                                                 # "cleared 1.2 square kilometres", "cleared more than 4,500 hectares"
          | clearance \s+ of \s+ [\d,.]+
          | (?:carr(?:ied|y|ies)\s+out|carrying\s+out|conducted|conducting|undert(?:ook|aken)|undertaking|performed|performing) \s+ (?:[\w-]+\s+){0,2}?
            (?:clearance|survey|demining|land\s+release) \b        # "eight States Parties carried out clearance: A, B ...", "Cambodia and
                                                                 # Serbia carry out clearance"
          | (?:clearance|survey|demining) \s+ (?:is|was|are|were|has\s+been|had\s+been) \s+ (?:being\s+)? (?:conducted|carried\s+out|undertaken|performed) \s+ by \b
                                                                 # "Clearance is being conducted by the Lao PDR, Lebanon and Chile"
          | (?:continu(?:e|ed|es|ing)|pursu(?:ed|es|ing)|resumed|began|begun|started|launched) \s+ (?:its\s+|their\s+|the\s+)? (?:own\s+)? (?:[\w-]+\s+)??
            (?:(?:survey|technical\s+survey)\s+and\s+)? (?:clearance|survey|demining) \b
                                                                 # "Iraq has resumed survey and clearance in the south", "are continuing painstaking clearance"
          | (?:clearance|demining) \s+ (?: (?: (?! \b (?:while|but|whereas|although) \b ) [^.;:] ){0,80}? \b )? continu (?:es|ed) \b
            (?! \s+ to \s+ (?:need|require|depend|lack) )
                                                                 # "its own clearance of the former training area continues"
          | (?<= \b (?:its|whose|their) \s+ (?:own\s+)? (?:national\s+)? | ['’]s \s+ (?:own\s+)? )
            (?:(?:survey\s+and\s+)?clearance\s+|demining\s+)? teams \s+ (?:are|were|have|had|have\s+been|had\s+been) \s+ (?:still\s+|also\s+)?
            (?:clearing|cleared|working|continued|at\s+work) \b   # "whose clearance teams are working towards completion", "its own survey and clearance teams are still at work"
          | (?<= \b (?:its|whose|their) \s+ (?:own\s+)? (?:national\s+)? ) (?:(?:survey\s+and\s+)?clearance\s+|demining\s+)? (?:teams|deminers)
            \s+ (?:(?:are|were|have|had)\s+ (?:been\s+)?)? (?:still\s+|also\s+)? (?:surveying\s+and\s+)? (?:clear|cleared|clearing) \b
                                                                 # "its teams cleared some 6,000 hectares", "whose teams clear thousands of
                                                                 # submunitions a year", "its teams were still surveying and clearing"
          | (?<= \b on \s+ ) (?:its|their) \s+ (?:own\s+)? (?:survey\s+and\s+)? (?:clearance|demining) \s+ (?:work|progress|operations|efforts) \b
                                                                 # "briefed the delegation on its clearance work", "sent updates on its own
                                                                 # clearance progress"
          | (?:clearance|demining) \s+ (?:work|operations?|activities) \s+ (?:still\s+|now\s+)? (?:under\s?way|ongoing|in\s+progress) \b
                                                                 # "described the survey and clearance work under way on their territory"
          | (?:cleared|released) \s+ (?:several\s+|many\s+|some\s+|a\s+few\s+)? (?:further|more|additional|new) \s+ (?:[\w-]+\s+)? (?:land|areas?|ground|sites?) \b
                                                                 # "reported that his country had cleared further contaminated land",
                                                                 # "cleared several more sites in 2021"
          | (?:in|into|entered|entering|nearing|approaching) \s+ (?:the\s+)? (?:last|final) \s+ (?:phase|stage|stretch)s? \s+ of \s+ (?:its|their|the) \s+
            (?:[\w-]+\s+)? (?:clearance|demining) \b           # "Croatia and Montenegro are in the last phase of their clearance work"
          | (?<= \b (?:still|currently) \s+ ) clearing \s+ (?:the\s+|its\s+|their\s+)? (?:[\w-]+\s+)? (?:remnants|land|areas?|sites?|ground|fields?|submunitions|bomblets|contaminat\w*) \b
                                                                 # "Lebanon, itself a State Party still clearing the remnants of 2006",
                                                                 # a note's "still clearing strike sites in the south"
          | (?:press|presses|pressed|pressing|push|pushes|pushed|pushing) \s+ (?:ahead|on) \s+ with \s+ (?:its\s+|their\s+|the\s+)? (?:[\w-]+\s+)?
            (?:clearance|demining|survey) \b                   # "his country was pressing ahead with clearance in its most affected provinces"
          | (?: (?:clearance|survey|demining) \s+ (?:[^.;:]{0,80}? \b)?
              | work \s+ (?:on|at|in) \s+ [^.;:]{0,40}? \b (?:sites?|areas?|land|fields?|remnants|contaminat\w*) \b [^.;:]{0,30}? \s )
            (?:is|was|are|were|has\s+been|had\s+been|remains?|remained) \s+ (?:still\s+|now\s+|well\s+)?
            (?:under\s?way|ongoing|in\s+progress|continuing|progressing|proceeding|advancing|(?:nearly|almost)\s+(?:complete|completed|finished)) \b
                                                                 # "work on its last contaminated sites was under way", "clearance is nearly complete",
                                                                 # "clearance of the former range is proceeding"
          | (?:(?:non-?\s*)?technical\s+)? (?:clearance|survey|demining) \s+ (?:work\s+|operations\s+)? (?:of \s+ [^.;:,]{1,60}? \s+)? (?:still\s+|now\s+)? (?:under\s?way|ongoing|in\s+progress) \b
                                                                 # a note's phrase with no verb: "Zambia: non-technical survey under way", "clearance of
                                                                 # strike areas in the south under way"
          | (?:is|are|was|were) \s+ (?:itself\s+|themselves\s+)? (?:still\s+|now\s+|also\s+)? clearing \b
          | (?:keeps?|kept) \s+ (?:on\s+)? clearing \b          # "the Lao PDR, which keeps clearing year after year"
          | clears \s+ (?:[\w-]+\s+)? (?:land|ground|areas?|remnants|submunitions) \b   # "and clears land every year"
          | (?:asked|asks|ask|requested|requests|request|seeks|sought|seek|applied) \s+ (?:(?:the|this)\s+(?:[\w-]+\s+){0,3}?)? (?:for\s+)? (?:more|further|additional|extra) \s+ time \b
            (?= [^.;]{0,60} \b (?:clearance|clear|clearing|Article\s+4|contaminat\w*) \b )
                                                                 # "Lebanon and Lao PDR asked for more time on clearance", "have asked this
                                                                 # Conference for more time under Article 4": still clearing
          | (?:describ(?:e|es|ed)|outlined|presented|reported|reports?) \s+ (?:on\s+)? (?:its\s+|their\s+|the\s+)? (?:ongoing\s+|continuing\s+|continued\s+|steady\s+)?
            (?:survey\s+and\s+)? (?:clearance|demining) \b (?! [^.;:]{0,60}? \b (?:complet|finish|declar) )
                                                                 # "Lebanon described clearance in the south", "reported ongoing
                                                                 # clearance operations", "reported on clearance in progress"; not a
                                                                 # completion reported
          | still \s+ (?:has|have|had) \s+ (?:[\w-]+\s+){0,2}? (?:areas?|land|ground|sites?) \s+ to \s+ (?:survey\s+and\s+)? clear \b
                                                                 # "each of which still has contaminated areas to survey and clear"
          | continu (?:es|ed|ing) \s+ to \s+ clear \b
          | (?:continu(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)) \s+ (?:(?:the|their|its)\s+)? (?:[\w-]+\s+){0,4}? work \s+ of \s+ (?:surveying\s+and\s+)? (?:clearing|releasing) \b
                                                                 # "Lao PDR and Lebanon continue the slow and dangerous work of clearing land",
                                                                 # "continue the painstaking work of releasing contaminated land"
          | (?:has|have|had) \s+ been \s+ clearing \b          # "Laos has been clearing under its terms for almost a decade"
          | (?:cleared|released) \s+ (?:large|vast|wide|huge|significant|substantial|considerable) \s+ (?:[\w-]+\s+)? (?:areas?|tracts?|swathes?|stretches) \b
                                                                 # "have all cleared large areas this year": done in part, not finished
          | expect (?:s|ed)? \s+ to \s+ (?:complete|finish|conclude) \s+ (?:(?:its|their|the)\s+)? (?:[\w-]+\s+){0,2}? clearance \b
                                                                 # "Croatia and Montenegro expect to complete clearance in 2020": still clearing
          | land \s+ release
          | released \s+ land \b
          | reduced \s+ [^.;]{0,40} \b contamination \b
          | contamination \s+ [^.;]{0,30} \b reduced \b
          | (?:square\s+(?:metres|meters|kilometres|kilometers)|km2|hectares) \b [^.;]{0,40} \b (?:cleared|released|surveyed) \b
          | (?:surveyed|cleared) \s+ [^.;]{0,30} \b square \s+ (?:metres|meters|kilometres|kilometers) \b
        )
        """;

    private const string RoleCue =
        $$"""
        \G(?:
            (?:survey \s+ and \s+)? (?:clearance|demining) (?: \s+ (?:work|operations) )? {{StockpileProgress.UnderWayIn}}
        )
        """;
}
