using Banwatch.Core.Provenance;
using Banwatch.Core.States;

namespace Banwatch.Core.Treaty;

/// <summary>
/// What the depositary recorded for one state: the dated actions from which every status is derived.
/// Checked at construction so that no later rule meets an impossible record.
/// </summary>
public sealed record TreatyRecord
{
    public TreatyRecord(
        Iso3 iso3,
        DateOnly? signed,
        DateOnly? deposited,
        Instrument? instrument,
        DateOnly? provisionalApplication,
        Withdrawal? withdrawal,
        Source source)
    {
        if (deposited is null && instrument is not null)
        {
            throw new ArgumentException($"{iso3}: an instrument type needs a deposit date");
        }

        if (deposited is not null && instrument is null)
        {
            throw new ArgumentException($"{iso3}: a deposit needs its instrument type");
        }

        if (signed is { } s && deposited is { } d && d < s)
        {
            throw new ArgumentException($"{iso3}: deposited {d:yyyy-MM-dd} before signing {s:yyyy-MM-dd}");
        }

        if (withdrawal is not null && deposited is not { } dep)
        {
            throw new ArgumentException($"{iso3}: a withdrawal needs a deposited instrument");
        }

        if (withdrawal is { } w && deposited is { } dd && w.Received < dd)
        {
            throw new ArgumentException($"{iso3}: withdrawal received {w.Received:yyyy-MM-dd} before the deposit");
        }

        Iso3 = iso3;
        Signed = signed;
        Deposited = deposited;
        Instrument = instrument;
        ProvisionalApplication = provisionalApplication;
        Withdrawal = withdrawal;
        Source = source;
    }

    public Iso3 Iso3 { get; }

    public DateOnly? Signed { get; }

    public DateOnly? Deposited { get; }

    public Instrument? Instrument { get; }

    /// <summary>Date of an Art. 18 declaration of provisional application, where UNTC marks one.</summary>
    public DateOnly? ProvisionalApplication { get; }

    public Withdrawal? Withdrawal { get; }

    public Source Source { get; }
}

/// <summary>An instrument of withdrawal (Art. 20(2)) and whether Art. 20(3)'s armed-conflict hold applies.</summary>
public sealed record Withdrawal(DateOnly Received, bool InArmedConflictAtExpiry, DateOnly? ConflictEnded)
{
    public DateOnly? TakesEffect => Article20.WithdrawalTakesEffect(Received, InArmedConflictAtExpiry, ConflictEnded);
}

/// <summary>A depositary record with the data file's own note beside it (footnotes, references).</summary>
public sealed record TreatyEntry(TreatyRecord Record, string? Note);
