namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>pledged</c>: the state announced, gave or reported funding or other assistance. The donor is the actor; the
/// recipient gets nothing.
/// </summary>
public static class Pledged
{
    public static FactRule Rule { get; } = new(FactKind.Pledged, Cue);

    /// <summary>
    /// Funding named as someone's ("with funding from Germany", "Norway, whose funding made this possible", "the
    /// largest donors"): given wherever the donor is, so it does not place the donor at the meeting.
    /// </summary>
    public static FactRule Role { get; } = new(FactKind.Pledged, RoleCue, role: true, present: false);

    /// <inheritdoc cref="Role"/>
    public static FactRule Funder { get; } = new(FactKind.Pledged, FunderCue, present: false);

    /// <summary>
    /// Costs a state met ("Australia covered the cost of printing", "Ireland paid for a regional workshop"): paid wherever
    /// the donor is, so it does not place the donor at the meeting either.
    /// </summary>
    public static FactRule Costs { get; } = new(FactKind.Pledged, CostsCue, present: false);

    /// <summary>Words before support a state got, not gave: "received support from", "with funding from", "thanks to".</summary>
    private const string Received = @"(?:received|receives|receiving|receive|with|thanks\s+to|benefit(?:ed|s|ing)?\s+from)";

    /// <summary>An aside between a passive and its agent: "supported, among others, by", "funded, inter alia, by".</summary>
    private const string AmongOthers = @"(?:\s*,\s*(?:among\s+others|inter\s+alia|in\s+particular|notably|mainly|chiefly)\s*,)?";

    private const string Cue =
        $$"""
        \G(?:
            pledg (?:ed|es|ing) \b
          | (?<= \b (?:to|would|will) \s+ (?:also\s+)? ) pledge \b (?! \s+ (?:never|not|to|that|their|its)\b )
                                                                 # "used the meeting to pledge new money"; not "to pledge never to use"
          | donat (?:ed|es|ing) \b
          | (?:provid|gave|give|giv|contribut|announc|allocat|commit|grant|fund|earmark) \w* \s+   # "gave US$ 2 million"
            (?:[\w-]+\s+){0,4}? (?: (?:US\$|(?-i:[A-Z]{1,2})\$|\$|€|£|¥|(?-i:[A-Z]{3})) \s? \d[\d,.]*   # any ISO currency code: "ISK 15 million", "A$ 14 million"
              | \d[\d,.]* \s+ (?:(?:million|billion|thousand)\s+)? (?:euros?|dollars?|pounds|francs|kroner|kronor|krona|crowns|yen) \b )
                                                                 # "provided close to 3 million euros"
          | (?:provid|gave|give|giv|contribut|offer|allocat|commit|grant|pledg) \w* \s+ (?:[\w-]+,?\s+){0,5}?
            (?:funding|funds|financing|(?:financial|technical)\s+(?:(?:or|and)\s+(?:financial|technical)\s+)?(?:support|assistance|help|expertise)|grants?|donations?|contributions?) \b
                                                                 # "provided the bulk of the international funding", "provided teams, equipment or funds",
                                                                 # "provided voluntary contributions to the Implementation Support Unit",
                                                                 # "have offered technical help to others"
          | offered \s+ to \s+ (?:second|provide|send|share|train|deploy|lend) \b   # "Switzerland offered to second a technical adviser"
          | (?:gave|give|gives|giving) \s+ (?:[\w-]+\s+){0,3}? (?:money|amounts?|sums?) \b   # "Canada gave money to mine action",
                                                                 # "Australia and Switzerland gave the largest identifiable amounts"
          | co-?fund (?:s|ed|ing)? \b                           # "Germany and the Netherlands co-fund the same operators"
          | (?:keep|keeps|kept|keeping|continu(?:e|es|ed|ing)) \s+ (?:to\s+)? fund (?:ing)? \b (?! \s+ (?:gaps?|shortfalls?|needs?|requests?) \b )
                                                                 # "said it would keep funding NPA's work in Lebanon"
          | (?:financ(?:ed|es|ing)|(?<= \b (?:would|will|to) \s+ (?:continue\s+to\s+)? ) finance|(?:paid|pays|paying)\s+for|help(?:ed|s|ing)?\s+(?:to\s+)?(?:pay\s+for|fund|finance)
              |covered)
            \s+ (?! (?:[\w-]+\s+){0,2}? own \b ) (?:[\w-]+\s+){0,5}?
            (?:clearance|demining|mine\s+action|victim\s+assistance|survey|risk\s+education|projects?|programmes?|programs?|work
              |rehabilitation|physiotherapy|prosthe\w+|training|services|centres?|centers?|networks?
              |destruction|detectors?|equipment|vehicles?|salaries|staff|teams?|deminers|costs?) \b
                                                                 # "New Zealand covered the salaries of our staff", "have each paid for
                                                                 # destruction abroad"; not "paid for their own clearance"
          | (?<= \b (?:costs?|salaries|bills?|expenses) \s+ (?:[\w'’-]+\s+){0,4}? (?:was|were|is|are|has\s+been|have\s+been) \s+ )
            (?:met|covered|paid|borne) \s+ (?:[\w-]+\s+){0,2}? by \b   # "In this quarter the costs were met by Norway"
                                                                 # "which financed a large part of the clearance in the south", "has paid for clearance in Laos",
                                                                 # "Australia financed a livelihood project", "would continue to finance
                                                                 # victim assistance"
          | announc (?:ed|es|ing|e) \s+ (?:a\s+|an\s+)? (?:[\w-]+\s+){0,2}? (?:funding|assistance|contributions?|grants?|aid|support\s+of|money) \b
                                                                 # "used the meeting to announce new contributions", "announced a modest contribution"
          | (?<! \b {{Received}} \s+ (?:[\w-]+\s+){0,2}? )
            fund (?:ed|s|ing)? \s+ (?:for\s+)? (?:(?:the|a|an|its|their)\s+)? (?:[\w-]+\s+)?
            (?:clearance|victim|mine|risk|survey|demining|projects?|programmes?|programs?|operations|activities|survivor|rehabilitation
              |prosthe\w+|physiotherapy|organi[sz]ations?|operators?|NGOs?|partners?|vehicles?|equipment|secretariat)
                                                                 # "Belgium funded a survivor network", "Ireland and Germany fund a partner organisation"
                                                                 # "funded projects in Lao PDR", "Germany funded the survey"
          | (?:funded|financed|paid\s+for|(?<! \bco- ) sponsored) {{AmongOthers}} \s+ (?:\w+\s+){0,3}? by \b   # "projects funded by Norway", "equipment paid for by Ireland"
          | (?<= \w- ) (?:funded|financed|(?<! \bco- ) sponsored) \b   # "a Japanese-funded project", "the US-financed database";
                                                                 # a paper or a resolution "co-sponsored by" is not money
          | (?<= \b (?:funding|support|funds|assistance|contributions?|grants?) (?: \s* , [^,.;:]{1,40} , )? \s+ (?:was|were|has\s+been|have\s+been|had\s+been) \s+ )
            (?:provided|given|contributed|granted|made\s+available|reported) \s+ (?:[\w-]+\s+){0,3}? by \b
                                                                 # "Financial support was provided by Norway", "grants were provided through UNDP by Ireland",
                                                                 # "Smaller contributions, under $1 million each, were reported by Austria"
          | (?:funding|assistance|support|contributions?) \s+ (?:that\s+)? (?:they|it) \s+ (?:have|has|had) \s+ (?:committed|pledged|provided) \b
          | (?:outlined|described|set\s+out|confirmed|renewed|recalled|reported) \s+ (?! (?:no|little|nothing)\b ) (?:the\s+|its\s+|their\s+)? (?:own\s+)? (?:[\w-]+\s+){0,2}?
            (?:funding|contributions?|grants?|packages?) \b      # "described its contributions to clearance", "recalled its own multi-year grant",
                                                                 # "set out multi-year packages for clearance"; not "reported no funding"
          | (?<! \b {{Received}} \s+ (?:[\w-]+\s+){0,2}? )
            (?:support(?:s|ed|ing)?|fund(?:s|ed|ing)?|financ(?:es|ed|ing)|assist(?:s|ed|ing)?)   # not support received: the Role below
            \s+ (?:the\s+)? (?:[\w-]+\s+){0,2}? (?:victim\s+assistance|clearance|demining|mine\s+action|risk\s+education|survivors|victims|prosthe\w+|rehabilitation|physiotherapy) \b
                                                                 # "will keep supporting victim assistance and clearance programmes"
          | contribut (?:ed|es|ing) \s+ (?:[\w-]+\s+){0,2}? (?:money|funds|funding|financial|technical|expertise|equipment|know-how) \b
          | (?:promised|pledged|agreed|offered|undert(?:ook|aken)|committed) \s+ to \s+ (?:fund|finance|co-?fund|pay\s+for) \b
                                                                 # "Ireland and the Netherlands have promised to fund the outreach"
          | made \s+ (?:[\w-]+\s+){0,2}? (?:contributions?|donations?) \b   # "the States that made voluntary contributions: ..."
          | (?<= \b (?:has|have|had) \s+ (?:also\s+|already\s+|generously\s+)? ) contributed (?= \s* (?:[.;,)]|$) )
                                                                 # "Japan and the Republic of Korea have also contributed."
          | put \s+ (?:[\w-]+\s+)? money \s+ (?:into|towards?) \b   # "put money into the UN trust fund"
          | (?:continu(?:e|ed|es|ing)|kept\s+up|keeps?\s+up|keeping\s+up|maintain(?:ed|s|ing)?|increas(?:e|ed|es|ing)
              |renew(?:ed|s|ing)?|expand(?:ed|s|ing)?|doubl(?:e|ed|es|ing)|scal(?:ed|es|ing)\s+up)
            \s+ (?:their|its) \s+ (?:existing\s+|own\s+|bilateral\s+|financial\s+|annual\s+)? (?:funding|support|contributions?|grants?|assistance|aid) \b
            (?! \s+ (?:for|to|of) \s+ (?:a|an|the)? \s* (?:[\w-]+\s+)? (?:ban|treaty|Convention|CCM|declaration|process|position|proposals?|text|resolution|presidency|initiative) \b )
                                                                 # "said they would continue their existing funding", "kept up their
                                                                 # support"; not support for the treaty or a proposal
          | (?<= \b (?:centres?|centers?|projects?|programmes?|programs?|operations|activities|clearance|survey|teams?|organi[sz]ations?|operators?|services|networks?)
                 \s+ (?:[\w'’-]+\s+){0,6}? (?:was|were|is|are|has\s+been|have\s+been|had\s+been) \s+ (?:[\w-]+\s+)? )
            supported {{AmongOthers}} \s+ by \b
                                                                 # "rehabilitation centres in the south were supported by Germany",
                                                                 # "has been supported, among others, by the European Union, ..."
          | announc (?:ed|es|ing|e) \s+ (?:new|additional|further|more|fresh|extra) \s+ (?:[\w-]+\s+)? support \b   # "announced new support in 2023"
          | fund (?:ed|s|ing)? \s+ the \s+ (?:[\w-]+\s+)? (?:travel|participation|sponsorship|study|studies|workshops?) \b
                                                                 # "announced it would fund the travel of African delegations"
        )
        """;

    private const string RoleCue =
        $$"""
        \G(?:
            donors? \b                                          # "Norway and Japan, the largest donors"
          | (?:co-?)?funders? \b                               # "remained the biggest single funder of clearance"
          | (?:funding|funds|financing|financial\s+support|donations?|contributions?|grants?|top-?ups?) \s+ (?:[\w-]+\s+){0,6}? from \b
                                                                 # "with funding from Germany and the United States", "Funding this quarter came from"
          | (?:funding|funds|donations?|contributions?|grants?) \s+ (?:[\w-]+\s+){0,5}? (?:(?:was|were|(?:has|have)\s+been)\s+received|(?:have|has)\s+come) \s+ from \b
                                                                 # "Contributions to the ISU budget were received from", "... have come from"
          | (?:support|assistance|funding|aid) \s+ (?:[\w'’-]+\s+){1,4}? receiv (?:es|ed|ing|e) \s+ (?:[\w-]+\s+){0,4}? from \b
                                                                 # "the support Lebanon already receives for clearance from"
          | (?<= \b {{Received}} \s+ (?:[\w-]+\s+){0,3}? )
            (?:support|assistance|aid|help) \s+ (?:[\w-]+\s+){0,8}? from \b
                                                                 # "Lao PDR has received support from Japan and Norway", "received
                                                                 # support for clearance and victim assistance from the United States"
          | (?<= \b (?:thank (?:s|ed|ing)? | grateful \s+ to | gratitude \s+ to | indebted \s+ to) \b [^.;:]{1,200}? ) for \s+ (?:its|their|his|her|the)? \s* (?:[\w-]+\s+){0,4}?
            (?:(?:financial|bilateral|technical)\s+(?:support|assistance)|contributions?|funding|donations?|grants?|generosity) \b
                                                                 # "She thanked Japan and the United States for their bilateral support"
          | (?:largest|larger|biggest|main|major|leading|principal) \s+ contributors \b
                                                                 # "The larger contributors – Norway, the United States, Japan"
          | donor \s+ (?:states|countries|governments) \b
          | (?<= \b (?:governments|states|countries|partners|donors) \s+ ) (?:supporting|funding|financing) \s+ (?:the|this|its|their) \s+ (?:[\w-]+\s+){0,2}?
            (?:programmes?|programs?|sector|work|operators?|clearance|efforts?|projects?) \b
                                                                 # "other governments supporting the programme include Australia"
          | (?<= (?-i: \b [A-Z][a-z]+(?:ese|ian|ean|ish|an|ch|ss|ic|i) | \b [A-Z]{2,3} | \b U\.S\. | \b U\.K\. ) \s+ (?-i: (?:[A-Z][a-z]+\s+){0,2} ) )
            (?:grants?|money|funding|funds|donations?) \b (?! \s+ (?:to|for) \s+ (?-i:[A-Z]) )
                                                                 # named by its donor: "a Japanese grant", "Norwegian money", "US
                                                                 # funding", "a U.S. State Department grant"; a recipient after it
                                                                 # ("funding for Laos") is not the donor's
        )
        """;

    private const string CostsCue =
        """
        \G(?:
            (?:covered|covers|cover|met|meets|bore|bears) \s+ (?:the|its|their) \s+ (?:[\w-]+\s+)? costs? \b
          | (?:paid|pays|paying|(?<= \b (?:would|will|to|also) \s+ ) pay) \s+ for \s+ (?:[\w-]+\s+){0,4}?
            (?:salaries|teams?|equipment|vehicles?|(?:mini)?bus(?:es)?|workshops?|seminars?|courses?|training|travel|secretariat) \b
                                                                 # "paid for the salaries of physiotherapists", "announced that it would
                                                                 # pay for a reporting workshop"
        )
        """;

    private const string FunderCue =
        """
        \G(?:
            (?<= \b whose \s+ (?:[\w-]+\s+)? ) (?:funding|financial\s+support|contributions?|donations?|grants?) \b
                                                                 # "the Netherlands and Norway, whose funding made this possible"
        )
        """;
}
