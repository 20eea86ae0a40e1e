namespace Banwatch.Core.Obligations;

/// <summary>Article 4 — Clearance and destruction of cluster munition remnants.</summary>
public static class Article4
{
    public const int YearsToClear = 10;

    public const int YearsPerExtension = 5;

    public const string DeadlineRule = "Art. 4(1)(a): entry into force + 10 years";

    public const string AfterHostilitiesRule = "Art. 4(1)(b): end of active hostilities + 10 years";

    /// <summary>
    /// Art. 4(1)(a): remnants in areas under the State Party's jurisdiction or control when the Convention enters
    /// into force for it are to be cleared and destroyed "as soon as possible but not later than ten years from
    /// that date": the same day of the month ten years on (2010-08-01 gives 2020-08-01), that day included.
    /// </summary>
    public static DateOnly ClearanceDeadline(DateOnly entryIntoForce) => entryIntoForce.AddYears(YearsToClear);

    /// <summary>
    /// Art. 4(1)(b): where cluster munitions became remnants after entry into force for the State Party, "not later
    /// than ten years after the end of the active hostilities during which such cluster munitions became cluster
    /// munition remnants": counted from the day the hostilities ended, as in (a).
    /// </summary>
    public static DateOnly ClearanceDeadlineAfterHostilities(DateOnly hostilitiesEnded) => hostilitiesEnded.AddYears(YearsToClear);

    /// <summary>
    /// Art. 4(5): a State Party may ask a Meeting of States Parties or a Review Conference for "an extension of the
    /// deadline ... by a period of up to five years", and then for "additional extensions of up to five years";
    /// Art. 4(7): the meeting decides, and may grant a shorter one. Each extension moves the deadline in force
    /// later by at most five years.
    /// </summary>
    public static bool IsPermittedExtension(DateOnly deadlineInForce, DateOnly extendedTo) =>
        extendedTo > deadlineInForce && extendedTo <= deadlineInForce.AddYears(YearsPerExtension);
}
