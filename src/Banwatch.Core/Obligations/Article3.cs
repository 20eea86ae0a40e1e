namespace Banwatch.Core.Obligations;

/// <summary>Article 3 — Storage and stockpile destruction.</summary>
public static class Article3
{
    public const int YearsToDestroy = 8;

    public const int YearsPerExtension = 4;

    public const string DeadlineRule = "Art. 3(2): entry into force + 8 years";

    /// <summary>
    /// Art. 3(2): each State Party undertakes to destroy its cluster munitions "as soon as possible but not later
    /// than eight years after the entry into force of this Convention for that State Party". Eight years after is
    /// the same day of the month eight years on: entry into force 2010-08-01 gives 2018-08-01 (a 29 February gives
    /// 28 February in a year without one). "Not later than" includes that day (see <see cref="Deadline"/>).
    /// </summary>
    public static DateOnly DestructionDeadline(DateOnly entryIntoForce) => entryIntoForce.AddYears(YearsToDestroy);

    /// <summary>
    /// Art. 3(3): a State Party may ask a Meeting of States Parties or a Review Conference for "an extension of the
    /// deadline ... by a period of up to four years", and "in exceptional circumstances, request additional
    /// extensions of up to four years"; Art. 3(5): the meeting decides, and may grant a shorter one. So each
    /// extension moves the deadline in force later by at most four years (four years to the day is allowed).
    /// </summary>
    public static bool IsPermittedExtension(DateOnly deadlineInForce, DateOnly extendedTo) =>
        extendedTo > deadlineInForce && extendedTo <= deadlineInForce.AddYears(YearsPerExtension);
}
