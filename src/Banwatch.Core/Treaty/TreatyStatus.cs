namespace Banwatch.Core.Treaty;

/// <summary>Where a state stands toward the Convention on one day. Wire names: not_signed, signatory, ...</summary>
public enum TreatyStatus
{
    /// <summary>Neither signed nor deposited an instrument.</summary>
    NotSigned,

    /// <summary>Signed, no instrument deposited: bound only not to defeat the object and purpose.</summary>
    Signatory,

    /// <summary>Instrument deposited, the Convention not yet in force for the state (Art. 17).</summary>
    BoundNotInForce,

    /// <summary>The Convention is in force for the state.</summary>
    StateParty,

    /// <summary>A withdrawal has taken effect (Art. 20).</summary>
    Withdrawn,
}

/// <summary>The instrument a state deposited with the UN Secretary-General (Art. 16).</summary>
public enum Instrument
{
    Ratification,
    Acceptance,
    Approval,
    Accession,
}
