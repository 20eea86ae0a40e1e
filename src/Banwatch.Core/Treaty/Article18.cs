namespace Banwatch.Core.Treaty;

/// <summary>Article 18 — Provisional application.</summary>
public static class Article18
{
    /// <summary>
    /// Art. 18: a state may declare, at ratification, acceptance, approval or accession, that it will apply
    /// Article 1 provisionally pending entry into force for it. It is then bound by the prohibitions from
    /// the declaration date until the Convention enters into force for it (when full obligations take over).
    /// </summary>
    public static bool IsProvisionallyApplying(DateOnly? declared, DateOnly? entryIntoForce, DateOnly on) =>
        declared is { } from && on >= from && (entryIntoForce is not { } eif || on < eif);
}
