namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// <c>chaired</c>: the state hosted, chaired, presided over or co-chaired a meeting or one of its sessions, or served
/// as Friend of the President or coordinator. A venue is not a host: "held in Lima" names no chair.
/// </summary>
public static class Chaired
{
    public static FactRule Rule { get; } = new(FactKind.Chaired, Cue);

    public static FactRule Role { get; } = new(FactKind.Chaired, RoleCue, role: true);

    private const string Cue =
        """
        \G
        # Still to come, and not announced by the host itself: "Peru will host the next round", "to be chaired by". The
        # host's own word counts: "Ireland confirmed that it will host", "Niger has offered to host", "Peru told the
        # conference it would host", "briefed on its preparations to host"; not "the Meeting of States Parties, which Costa
        # Rica will host", whose "States" says nothing.
        (?<! (?<! \b (?: (?:confirm|announce|offer|agree|decide|pledge|promise|volunteer|declare|say|said|told|tell|inform|indicate|explain)(?:s|d|ed)?
                        | state(?:d|s(?! \s+ Part))? | preparations? | preparing ) \b [^.;]{0,40} )
             \b (?:will|would|shall|to) \s+ (?:[\w-]+\s+)? )
        (?:
            (?<! \b (?:the|a|an|its|their|our|two) \s+ ) co-?chair (?:ed|s|ing)? \b
                                                                 # "New Zealand co-chaired the session"; "by the co-chairs" is the role
          | (?<! \b (?:informed|told|thanked|asked|urged|congratulated|addressed|briefed|assured|invited|to|from) \s+ the \s+ | - )
            chair (?:ed|s|ing)? \b                               # "chaired by Ireland"; not the chair addressed ("informed the Chair")
          | presid (?:ed|es|ing) \b                              # "presided over by Lao PDR"
          | (?<= \b (?:elected|as|served\s+as|became) \s+ (?:the\s+|its\s+|their\s+)? ) President \b
          | (?: host (?:ed|ing) | (?<! (?<! \b (?:and|or) \s+ ) \b (?:the|a|as|our|their|its|your) \s+ (?:[\w'’-]+\s+)? ) hosts? ) \b
            (?! \s+ (?:country|countries|government|nation|city|state)s? \b )
                                                                 # "hosted by", "Norway hosts"; "the host country" and "thanked
                                                                 # the Irish hosts" and "with Namibia as host" are the roles
                                                                 # below, and "thanked the host" names no one; "a State Party and
                                                                 # the host of" is the verb's
          | co-?ordinated \b
          | led \s+ (?:the\s+)? (?:discussions?|sessions?|debate|work|consultations) \b
          | (?<= \b (?:conference|meeting|workshop|seminar|session)s? \s+ (?:that|which)? \s* (?:[\w-]+\s+){0,6}? )
            (?:co-?)?organi[sz]ed \b                            # "a conference that Burkina Faso and Austria organised"
          | (?:co-?)?organi[sz]ed \s+ (?:the|a|an)? \s* (?:[\w-]+\s+){0,3}? (?:conference|meeting|workshop|seminar)s? \b
        )
        """;

    private const string RoleCue =
        """
        \G(?:
            Friends? \s+ of \s+ the \s+ (?:President|Chair) \b  # "Belgium served as Friend of the President"
          | co-?ordinators? \b                                  # "Austria and Mexico were appointed coordinators"
          | vice-?presidents? \b                                # "elected Ireland, Mexico and Norway as Vice-Presidents"
          | President \s+ of \s+ the \s+ (?:[\w-]+\s+){0,3}? (?:Meeting|Conference) s? (?: \s+ of \s+ (?:the\s+)? States \s+ Parties )? \b
                                                                 # "Submitted by the President of the Fourth Meeting of States Parties (Zambia)"
          | (?<= ^ \W* ) (?:President|Chair|Chairperson|Chairman|Chairwoman|Co-?chairs?)
            (?= \s* : \s* (?:H\.\s?E\.\s+)? (?:Mr|Ms|Mrs|Dr|Ambassador) \.? \s+ [^\n:;.()]{1,60} \( )
                                                                 # a summary record's label: "President: Mr. González Sanz (Costa
                                                                 # Rica)"; not a transcript's speaker ("PRESIDENT: Thank you")
          | facilitators? \b
          | presidency \b                                        # "the Swiss presidency", "the presidency of Chile"
          | core \s+ group \b                                   # "a core group of states (Austria, Mexico, ...)"
          | co-?chairs? \b | co-?hosts? \b
          | (?:co-?)?chair (?:man|person|woman) ship \b          # "under Irish chairmanship"
          | (?<= \b (?:the|our|their|its|your|as) \s+ (?:[\w'’-]+\s+)? ) (?<! \b (?:and|or) \s+ (?:the|our|their|its|your) \s+ (?:[\w'’-]+\s+)? )
            hosts? \b (?! \s+ (?:country|countries|government|nation|city|state)s? \b )
                                                                 # "thanked the Irish hosts", "Norway, the host of"; not after another
                                                                 # role ("a State Party and the host of"), where it is the verb's
          | (?<! \b (?:and|or) \s+ (?:the\s+)? ) host \s+ (?:country|countries|government|nation) \b
                                                                 # not a list's last item ("A, B and the host country"), which is one state
          | (?:co-?)?chairm[ae]n \b | (?:co-?)?chairpersons? \b | (?:co-?)?chairwom[ae]n \b
        )
        """;
}
