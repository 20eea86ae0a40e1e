namespace Banwatch.Core.Intake.FactRules;

/// <summary>
/// The cues of a table's column heading (<see cref="PlainTextTables"/>): a heading is a noun phrase ("Date of
/// signature", "Deposited", "States signing on 3 December", "State Party"), not a clause, so the sentence cues miss
/// most of them. The names under such a heading, or the state of a row whose cell under it is filled in, did the act.
/// </summary>
public static class ColumnHeadings
{
    public static IReadOnlyList<FactRule> All { get; } =
    [
        new(FactKind.Signed, SignedCue),
        new(FactKind.Ratified, RatifiedCue),
        new(FactKind.Ratified, StatePartyCue, role: true),
        new(FactKind.Endorsed, EndorsedCue),
        new(FactKind.Attended, AttendedCue),
        new(FactKind.Pledged, PledgedCue),
    ];

    private const string PledgedCue =
        """
        \G(?:
            donors? \b                                           # "Donor" over the states that gave
          | contributors? \b
          | pledg (?:ed|es|ing) \b
        )
        """;

    private const string SignedCue =
        """
        \G(?:
            sign (?:ed|ing|ature|atures|atory|atories) \b        # "Signed", "Signature", "States signing", "Signatories"
        )
        """;

    private const string RatifiedCue =
        """
        \G(?:
            ratif (?:ied|ication|ications) \b                    # "Ratified", "Ratification/accession"
          | acce (?:ded|ssion|ssions) \b
          | deposit (?:ed|s)? \b                                 # "Deposited", "Date of deposit": of the instrument
        )
        """;

    /// <summary>"State Party" over the states of a row: what they are, not where they stand (a role).</summary>
    private const string StatePartyCue =
        """
        \G(?:
            states? \s+ part (?:y|ies) \b
        )
        """;

    private const string EndorsedCue =
        """
        \G(?:
            endors (?:ed|ing|ement|ers) \b                       # "Endorsed the Wellington Declaration"
          | subscrib (?:ed|ing|ers) \b
        )
        """;

    private const string AttendedCue =
        """
        \G(?:
            attend (?:ed|ing|ance|ees) \b                        # "Attended 1MSP", "Attendance"
          | participa (?:nts|ted|ting|tion) \b                   # "Participating states"
        )
        """;
}
