namespace Banwatch.Core.Intake.FactRules;

/// <summary><c>moratorium</c>: a national moratorium or ban on the use, production or transfer of cluster munitions.</summary>
public static class Moratorium
{
    public static FactRule Rule { get; } = new(FactKind.Moratorium, Cue);

    private const string Cue =
        """
        \G(?:
            moratori (?:ums?|a) \b                               # "announced a moratorium on exports", "national moratoriums"
          | national \s+ (?:ban|prohibition) \b
          | (?:stopped|ceased|halted|suspended|renounced|abandoned|gave\s+up|forswore|foresworn)
            \s+ (?:the\s+|its\s+|all\s+)? (?:using|use|production|producing|exports?|exporting|transfers?|transferring) \s+ (?:of\s+)? (?:[\w-]+\s+){0,2}? cluster \b
                                                                 # "Norway stopped using cluster munitions in 2006"
          | (?:renounc(?:ed|es|e)|forswore|foresworn) \s+ (?:the|their|its) \s+ use \b   # "Cyprus renounced their use", "Germany renounces the use of all types"
          | withdr (?:aw|aws|awing|ew|awn) \s+ (?:(?:all|every\s+one|each)\s+(?:of\s+)?)? (?:(?:its|their|the|all)\s+)? (?:[\w-]+\s+){0,2}?
            (?:cluster\s+munitions|them|stocks?|stockpiles?) \s+ from \s+ (?:operational\s+|active\s+)? service \b
                                                                 # "the UK will withdraw every one of its cluster munitions from service"
          | (?:laws?|legislation|act|decree) \s+ (?:[\w-]+\s+){0,3}? (?:banning|prohibiting|(?:that\s+)?(?:bans|prohibits|outlaws)) \s+ (?:the\s+)? (?:[\w-]+\s+){0,3}? cluster \b
                                                                 # "Italy adopted a law banning cluster munitions"
          | (?:laws?|act|decree|statute) \s+ on \s+ the \s+ (?:prohibition|elimination|banning) \s+ of \s+ (?:[\w-]+\s+){0,3}? cluster \b
                                                                 # the title of a law: "Federal Law on the Prohibition of Cluster Munitions"
          | (?<! \b (?:treaty|convention|accord|agreement|pact|instrument|CCM) \s+ (?:that\s+|which\s+)? )
            (?:outlaw|ban) (?:ed|s|ning|ned)? \s+ (?:the\s+)? (?:use\s+of\s+)? cluster \s+ (?:munitions|bombs|weapons) \b
                                                                 # ... not "the treaty banning cluster munitions"
          | cluster \s+ munitions? \s+ \(? prohibitions? \)? \s+ act \b   # "New Zealand's Cluster Munitions Prohibition Act 2009"
          | implement (?:ed|s|ing)? \s+ (?:in\s+national\s+law\s+)? (?:through|by|via|in) \s+ (?:an?\s+|the\s+|its\s+)?
            (?:[\w-]+\s+){0,2}? (?:amendments?|laws?|act|legislation|decree|statute) \b
                                                                 # "its prohibitions are implemented through an amendment to ..."
          | (?:adopted|passed|enacted|approved) \s+ (?:[\w,-]+\s+){0,4}? implementing \s+ (?:legislation|laws?|act) \b
                                                                 # "the first country to outlaw cluster munitions by national law"
          | (?:adopted|passed|enacted|has|have|had) \s+ (?:[\w-]+\s+){0,2}? (?:laws?|legislation|acts?|statutes?) \s+ (?:that\s+|which\s+)? (?:\w+ly\s+)?
            (?:ban|bans|banning|forbid|forbids|forbidding|prohibit|prohibits|prohibiting|outlaw|outlaws|outlawing) \b
                                                                 # "have passed laws that forbid their personnel to assist"
          | (?:adopted|passed|enacted) \s+ (?:(?!draft|proposed|pending)[\w-]+\s+){0,2}? (?:legislation|laws?|acts?|statutes?) \s+
            (?:dedicated\s+to|(?:in\s+order\s+)?to\s+implement|implementing|(?:to\s+)?giv(?:e|ing)\s+effect\s+to) \s+ (?:the\s+)? (?:Convention|CCM|treaty) \b
                                                                 # "have passed legislation dedicated to the Convention"
          | (?:specific|national|implementing|dedicated) \s+ (?:legislation|laws?|acts?) \s+ (?:adopted|passed|enacted|in\s+force) \b
          | (?:laws?|acts?|legislation) \s+ implementing \s+ the \s+ (?:Convention|CCM) \b   # a row's cell: "Act implementing the Convention, 2008"
          | (?:adopted|passed|enacted) \s+ (?:specific|dedicated) \s+ (?:implementing\s+|national\s+)? (?:legislation|laws?) \b
                                                                 # a list's heading: "Specific legislation adopted", "States
                                                                 # Parties that have adopted specific legislation"
          | national \s+ (?:cluster\s+munitions?\s+)? laws \s+ of \b   # "The national cluster munition laws of Ireland and Luxembourg"
          | (?:national|domestic|implementing) \s+ (?:legislation|laws?) \s+ on \s+ (?:the\s+)? (?:weapons|munitions|cluster) \b
                                                                 # "each has national legislation on the weapons themselves"
          | cluster \s+ munitions? \s+ (?:[\w()-]+\s+){0,4}? (?-i:Act) \b   # "its Cluster Munitions and Anti-Personnel Mines Act of 2008", "Cluster Munitions Act 2011"
          | prohibitions? \s+ into \s+ (?:their|its) \s+ (?:own\s+)? (?:implementing\s+|national\s+)? (?:legislation|laws?) \b
                                                                 # "wrote similar prohibitions into their implementing legislation"
          | (?:adopted|passed|enacted) \s+ (?:(?:its|their|a|an)\s+)? (?:own\s+)? (?:national\s+)? (?:prohibition|ban) \s+ (?:law|legislation|act|statute) \b
                                                                 # "Australia, which passed its own prohibition law in 2012"
          | (?<= \b whose \s+ (?:(?:\d{4}|own|national|domestic)\s+){0,2} ) (?:laws?|legislation) \b
            (?= \s+ (?:also\s+)? (?:contains?|go(?:es)?\s+further|prohibits?|bans?|covers?|includes?|outlaws?) \b )
                                                                 # "Australia, whose 2012 law contains a similar provision", "New Zealand
                                                                 # and Ireland, whose national laws go further"
          | unilateral \s+ ban \b
          | (?<= \b (?:with|announced|adopted|introduced) \s+ ) (?:its|their) \s+ own \s+ (?:national\s+)? (?:ban|prohibition|moratorium) \b
                                                                 # "Austria followed with its own ban at the end of 2007"
          | (?:adopted|passed|enacted|introduced) \s+ (?:an?\s+)? (?:explicit\s+|express\s+)? (?:legal|statutory|national) \s+ (?:ban|prohibition) \s+ on \b
                                                                 # "Countries that have adopted an explicit legal ban on financing include A"
          | banned \s+ (?:the\s+)? (?:use|production|transfer|export) \b
          | (?:banned|outlawed|prohibited) \s+ (?:the\s+weapons|cluster\s+munitions|them) \s+ (?:by|in|through) \s+ (?:an?\s+|its\s+|their\s+)? (?:national\s+|domestic\s+)? (?:law|legislation|statute) \b
                                                                 # "Belgium, which banned the weapons by national law in 2006"
          | (?:will|would|intends?\s+to|decided\s+to|plans?\s+to|pledged\s+to|promised\s+to|committed\s+(?:itself\s+)?to|undertook\s+to)
            \s+ (?:not\s+use|never\s+use|no\s+longer\s+(?:use|produce|export|sell|transfer)|prohibit|ban|outlaw|stop\s+(?:using|producing|exporting|selling|transferring)|cease\s+(?:using|the\s+use|usage|production)
                 |refrain\s+from\s+(?:using|the\s+use)) \b       # "The US intends to prohibit the weapons from 2018"
          | refrain (?:s|ed|ing)? \s+ from \s+ (?:using|the\s+use|use) \b
          | decision \s+ (?:[\w-]+\s+){0,3}? to \s+ (?:stop|cease|halt|suspend|end) \s+ (?:using|producing|exporting|selling|transferring|the\s+(?:use|export|sale|production)) \b
                                                                 # "Singapore's decision last week to stop exporting cluster munitions"
          | exports? \s+ (?:freeze|ban|halt) \b                  # "Singapore's export freeze"
          | implementing \s+ (?:legislation|laws?) \s* : \s*
            (?! (?:none|no|not|n/?a|under|draft|drafting|being|pending|in\s+progress|required|needed|planned)\b ) (?-i:[A-Z])
                                                                 # a profile's field naming the national law ("Implementing
                                                                 # legislation: Cluster Munitions Act 2010"), not one still to come
          | polic (?:y|ies) \s+ (?:(?:is|was)\s+)? (?:of\s+not|not\s+to|never\s+to|of\s+never) \s+ (?:using|use|produce|producing|export|exporting|acquire|acquiring) \b
                                                                 # "an announced policy of not using the weapons", "its policy is
                                                                 # never to acquire, transfer or use them"
          | no \s+ intention \s+ of \s+ (?:ever\s+)? (?:using|producing|acquiring|exporting) \b   # "has no intention of using cluster munitions again"
          | (?:take|takes|took|taking|taken) \s+ (?:(?:all|every\s+one)\s+(?:of\s+)?)? (?:(?:its|their|the)\s+)? (?:[\w-]+\s+){0,2}?
            (?:cluster\s+munitions|them|stocks?|stockpiles?) \s+ out \s+ of \s+ (?:operational\s+|active\s+)? service \b
                                                                 # "Britain would take all its cluster munitions out of service", as
                                                                 # "withdraw ... from service" above: a stop to their use
          | (?<= \b (?:declar|announc|order|impos|decree) \w* \s+ (?:an?\s+)? (?:immediate\s+|unilateral\s+|national\s+)? )
            halt \s+ to \s+ (?:the\s+|its\s+|their\s+)? (?:use|production|exports?|transfers?) \b
                                                                 # "declaring an immediate halt to the use of the weapons"
        )
        """;
}
